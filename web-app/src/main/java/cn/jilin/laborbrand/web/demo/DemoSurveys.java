package cn.jilin.laborbrand.web.demo;

import static cn.jilin.laborbrand.registry.brand.BrandMaturity.EMERGING;
import static cn.jilin.laborbrand.registry.brand.BrandMaturity.UNNAMED;
import static cn.jilin.laborbrand.registry.survey.ReturnAction.ACCEPT;
import static cn.jilin.laborbrand.registry.survey.ReturnAction.RETURN;
import static cn.jilin.laborbrand.registry.survey.ReturnAction.SUBMIT;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.survey.GroupFigures;
import cn.jilin.laborbrand.registry.survey.NewSurvey;
import cn.jilin.laborbrand.registry.survey.ReturnAction;
import cn.jilin.laborbrand.registry.survey.SurveyReturnService;
import cn.jilin.laborbrand.registry.survey.SurveyReturnWorkflow;
import cn.jilin.laborbrand.registry.survey.SurveyService;
import cn.jilin.laborbrand.registry.survey.ReturnContent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's survey round of the current year, so that every state of a return and the "not filed" highlight show: five
 * accepted returns (吉林, 四平, 通化, 白山, 松原), 长春 submitted and waiting for HRSS, 延边 returned with a reason, 辽源 a
 * draft, and 白城, 长白山管委会 and 梅河口 without a return. HRSS opens the round, each bureau starts its return (brand
 * lines pre-filled from the demo brands) and enters its groups (made up), and the returns are taken through the
 * workflow's steps, each by whom the plan says; round and returns are marked as demo data. Idempotent: nothing happens
 * once a round of the year exists.
 */
@Component
@Profile("demo")
@Order(20)
class DemoSurveys implements ApplicationRunner {

    /** A return for the demo: the region, its groups, and the steps it goes through after its creation. */
    record DemoReturn(String regionCode, List<GroupFigures> groups, List<ReturnAction> steps, String returnReason) {
    }

    private static final List<ReturnAction> ACCEPTED = List.of(SUBMIT, ACCEPT);

    static final List<DemoReturn> RETURNS = List.of(
            new DemoReturn("220200", List.of(
                    new GroupFigures("吉林市满族剪纸艺人", "剪纸工、民间工艺品制作工", 420, EMERGING, "散布于乌拉街、岔路河一带，以家庭作坊为主"),
                    new GroupFigures("蛟河山货采集加工户", "山野菜采集工、林下产品加工工", 2_300, UNNAMED, null)), ACCEPTED, null),
            new DemoReturn("220300", List.of(
                    new GroupFigures("四平装备制造焊工", "焊工、铆工", 5_600, UNNAMED, "多在省外装备制造企业务工，口碑好但无统一名称"),
                    new GroupFigures("梨树玉米农机手", "农机驾驶操作员、农机修理工", 3_100, UNNAMED, null)), ACCEPTED, null),
            new DemoReturn("220500", List.of(
                    new GroupFigures("通化山葡萄种植工", "果树种植工", 1_800, EMERGING, null)), ACCEPTED, null),
            new DemoReturn("220600", List.of(
                    new GroupFigures("临江林下参管护员", "林下参种植工、护林员", 950, EMERGING, null)), ACCEPTED, null),
            new DemoReturn("220700", List.of(
                    new GroupFigures("查干湖冬捕渔工", "渔业捕捞工、冰上作业工", 1_200, UNNAMED, "冬捕季节性用工，知名度高"),
                    new GroupFigures("前郭蒙古族刺绣工", "刺绣工", 380, EMERGING, null)), ACCEPTED, null),
            new DemoReturn("220100", List.of(
                    new GroupFigures("长春母婴护理员", "母婴护理员、育婴员", 7_400, UNNAMED, "家政企业各自招牌，尚无统一品牌"),
                    new GroupFigures("农安建筑瓦工", "砌筑工、抹灰工", 4_200, EMERGING, null)), List.of(SUBMIT), null),
            new DemoReturn("222400", List.of(
                    new GroupFigures("延边朝鲜族厨师", "中式烹调师、朝鲜族风味菜厨师", 3_600, UNNAMED, null),
                    new GroupFigures("珲春边贸俄语导购员", "营销员、翻译", 650, EMERGING, null)), List.of(SUBMIT, RETURN),
                    "延吉市、珲春市两个群体的从业人数与州人社局就业台账相差较大，请核实后重新上报；珲春边贸俄语导购员请补充主要工种说明。"),
            new DemoReturn("220400", List.of(
                    new GroupFigures("辽源袜业电商主播", "互联网营销师", 900, EMERGING, null)), List.of(), null));

    private final SurveyService surveys;
    private final SurveyReturnService returns;
    private final SurveyReturnWorkflow workflow;
    private final RegionService regions;
    private final DemoRecords demo;
    private final Clock clock;

    DemoSurveys(SurveyService surveys, SurveyReturnService returns, SurveyReturnWorkflow workflow, RegionService regions,
                DemoRecords demo, Clock clock) {
        this.surveys = surveys;
        this.returns = returns;
        this.workflow = workflow;
        this.regions = regions;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // brand:view to pre-fill the brand lines; survey:manage because accepting writes the figures back to the brands
        SystemActor.run(this::provision, "demo:provision", "brand:view", "survey:view", "survey:manage", "survey:return:file");
    }

    private void provision() {
        int year = LocalDate.now(clock).getYear();
        boolean exists = surveys.rounds(null, PageRequest.of(0, 200)).stream().anyMatch(r -> r.getYear() == year);
        if (exists) {
            return;
        }
        long round = surveys.open(new NewSurvey(year + "年度吉林省劳务品牌摸底调查", year, LocalDate.of(year, 12, 31)));
        demo.mark("brand_survey", round);
        for (DemoReturn r : RETURNS) {
            DataScope bureau = DataScope.region(r.regionCode(), regions.coveredCodes(r.regionCode()));
            long id = surveys.start(round, bureau);
            demo.mark("survey_return", id);
            returns.save(id, returns.getReturn(id, bureau).getVersion(), new ReturnContent(List.of(), r.groups()), bureau);
            for (ReturnAction step : r.steps()) {
                DataScope by = step == SUBMIT ? bureau : DataScope.province();
                workflow.take(id, step, returns.getReturn(id, by).getVersion(), step == RETURN ? r.returnReason() : null, by);
            }
        }
    }
}
