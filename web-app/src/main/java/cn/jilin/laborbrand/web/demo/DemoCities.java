package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.governance.city.CityMeetingRecord;
import cn.jilin.laborbrand.governance.city.CityPlanRecord;
import cn.jilin.laborbrand.governance.city.CityPlanService;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 三(一) in the cities, for the demo: 长春 and 延边 have a leading group, an adopted 推进落实方案 and a work meeting; 吉林市 a
 * leading group only; the other units nothing yet. Through the module's service, marked as demo data. Idempotent: a
 * unit that has a record already is left as it is.
 */
@Component
@Profile("demo")
@Order(65)
class DemoCities implements ApplicationRunner {

    private static final String[] AUTHORITIES = {"demo:provision", "city-plan:view", "city-plan:manage"};

    private final CityPlanService cities;
    private final DemoRecords demo;

    DemoCities(CityPlanService cities, DemoRecords demo) {
        this.cities = cities;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            unit("220100", new CityPlanRecord("王立新", "长春市副市长", "市人社局、市发展改革委、市财政局、市农业农村局、市商务局、市文广旅局负责同志",
                    LocalDate.of(2022, 9, 6), "长春市劳务品牌建设推进落实方案", "长人社发〔2022〕31号", LocalDate.of(2022, 10, 20),
                    LocalDate.of(2025, 12, 31), "（演示数据）"),
                    new CityMeetingRecord(LocalDate.of(2025, 4, 10), "长春市2025年劳务品牌建设工作会议", "王立新",
                            "听取各成员单位工作汇报；确定2025年重点培育“长春汽车工匠”等三个品牌。（演示数据）"));
            unit("222400", new CityPlanRecord("金哲浩", "延边州副州长", "州人社局、州财政局、州商务局、州文化广播电视和旅游局负责同志",
                    LocalDate.of(2022, 8, 25), "延边州劳务品牌建设推进落实方案", "延州人社发〔2022〕18号", LocalDate.of(2022, 11, 3),
                    LocalDate.of(2025, 12, 31), "（演示数据）"),
                    new CityMeetingRecord(LocalDate.of(2025, 5, 22), "延边州劳务品牌建设工作推进会", "金哲浩",
                            "研究“延边泡菜师”“延边朝鲜族家政”品牌培育计划，明确各县（市）任务。（演示数据）"));
            unit("220200", new CityPlanRecord("刘长海", "吉林市人社局局长", "市人社局、市财政局、市农业农村局负责同志",
                    LocalDate.of(2023, 3, 15), null, null, null, null, "推进落实方案起草中。（演示数据）"), null);
        }, AUTHORITIES);
    }

    private void unit(String regionCode, CityPlanRecord record, CityMeetingRecord meeting) {
        if (cities.line(regionCode, DataScope.province()).record() != null) {
            return;
        }
        cities.save(regionCode, null, record, DataScope.province());
        demo.mark("city_implementation", cities.line(regionCode, DataScope.province()).record().getId());
        if (meeting != null) {
            demo.mark("city_meeting", cities.recordMeeting(regionCode, meeting, DataScope.province()));
        }
    }
}
