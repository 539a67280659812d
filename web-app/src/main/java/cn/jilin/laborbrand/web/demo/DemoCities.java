package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.governance.city.CityMeetingRecord;
import cn.jilin.laborbrand.governance.city.CityPlanRecord;
import cn.jilin.laborbrand.governance.city.CityPlanService;
import cn.jilin.laborbrand.governance.meeting.DecisionKind;
import cn.jilin.laborbrand.governance.meeting.DecisionRequest;
import cn.jilin.laborbrand.governance.meeting.MeetingService;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.Indicator;
import cn.jilin.laborbrand.governance.task.PlanOwner;
import cn.jilin.laborbrand.governance.task.ProgressReport;
import cn.jilin.laborbrand.governance.task.Quarter;
import cn.jilin.laborbrand.governance.task.ReportAction;
import cn.jilin.laborbrand.governance.task.ReportContent;
import cn.jilin.laborbrand.governance.task.ReportService;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.governance.task.TaskStatus;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 三(一) in the cities, for the demo: 长春 and 延边 have a leading group, an adopted 推进落实方案 and a work meeting; 吉林市 a
 * leading group only; the other units nothing yet. 长春's plan carries tasks — its own bureau's, 农安县's (whose report
 * for this quarter waits for the city's review) and one its meeting gave to 长春市发展和改革委员会, a 市直部门 registered
 * here; 延边's plan a task of 延吉市 whose report is overdue. Through the modules' services, marked as demo data where
 * the table has the mark. Idempotent: a unit that has a record, or a plan that has tasks, is left as it is.
 */
@Component
@Profile("demo")
@Order(65)
class DemoCities implements ApplicationRunner {

    private static final String[] AUTHORITIES = {"demo:provision", "city-plan:view", "city-plan:manage", "plan:view", "task:view",
            "task:manage", "organisation:register"};
    private static final String[] UNIT = {"task:view", "task:report"};
    private static final String CHANGCHUN = "220100";
    private static final String NONGAN = "220122";
    private static final String YANBIAN = "222400";
    private static final String YANJI = "222401";
    static final String LOCAL_DEPARTMENT = "长春市发展和改革委员会";

    private final CityPlanService cities;
    private final TaskService tasks;
    private final ReportService reports;
    private final MeetingService meetings;
    private final PlanService plan;
    private final OrganisationService organisations;
    private final DemoRecords demo;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoCities(CityPlanService cities, TaskService tasks, ReportService reports, MeetingService meetings, PlanService plan,
               OrganisationService organisations, DemoRecords demo, JdbcTemplate jdbc, Clock clock) {
        this.cities = cities;
        this.tasks = tasks;
        this.reports = reports;
        this.meetings = meetings;
        this.plan = plan;
        this.organisations = organisations;
        this.demo = demo;
        this.jdbc = jdbc;
        this.clock = clock;
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
            if (tasks.countsByPlan(List.of(CHANGCHUN, YANBIAN), DataScope.province()).isEmpty()) {
                cityTasks();
            }
        }, AUTHORITIES);
    }

    private void cityTasks() {
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = LocalDate.of(today.getYear() + 1, 12, 31);
        PlanOwner changchun = PlanOwner.city(CHANGCHUN);
        long nongan = bureau(NONGAN);
        long training = tasks.create(changchun, measure("二(二)1"), nongan, deadline, null, DataScope.province());
        tasks.create(changchun, measure("二(一)2"), bureau(CHANGCHUN), deadline, null, DataScope.province());
        long meeting = cities.meetings(CHANGCHUN, DataScope.province()).get(0).getId();
        meetings.decideInCity(CHANGCHUN, meeting, new DecisionRequest(DecisionKind.CREATE_TASK,
                "由市发展改革委谋划劳务品牌产业园区项目，纳入全市重点项目库。（演示数据）", measure("二(三)3"), localDepartment(), deadline, null),
                DataScope.province());
        // 农安 reports on this quarter and submits: the report waits for 长春's review
        DataScope own = DataScope.organisation(nongan);
        long report = DemoDepartment.call(nongan, UNIT, () -> reports.open(training, Quarter.of(today), new ReportContent(
                "农安县本季度组织“长春汽车工匠”订单培训两期，培训农村劳动力126人，其中取得职业技能等级证书98人。（演示数据）",
                TaskStatus.ON_TRACK, List.of(new Indicator("培训人数", new BigDecimal("126"), "人"))), own));
        demo.mark(ProgressReport.SUBJECT_TYPE, report);
        DemoDepartment.call(nongan, UNIT, () -> {
            reports.act(report, reports.get(report, own).getVersion(), ReportAction.SUBMIT, null, own);
            return null;
        });
        // 延吉 carries a task of 延边's plan since the second quarter and has not reported: the daily job marks it overdue
        long yanji = tasks.create(PlanOwner.city(YANBIAN), measure("二(一)1"), bureau(YANJI), deadline, null, DataScope.province());
        jdbc.update("update responsibility_task set reports_from = ? where id = ?", LocalDate.of(today.getYear(), 4, 1), yanji);
        tasks.markOverdue();
    }

    private long measure(String code) {
        return plan.byCode(code).orElseThrow().getId();
    }

    private long bureau(String regionCode) {
        return organisations.choicesOf(OrganisationKind.HRSS_BUREAU).stream().filter(o -> o.regionCode().equals(regionCode))
                .findFirst().orElseThrow().id();
    }

    private long localDepartment() {
        return organisations.choicesOf(OrganisationKind.LOCAL_DEPARTMENT).stream().filter(o -> o.name().equals(LOCAL_DEPARTMENT))
                .findFirst().map(OrganisationChoice::id)
                .orElseGet(() -> {
                    String body = "11220100MB0000021";
                    return organisations.register(new NewOrganisation(LOCAL_DEPARTMENT, OrganisationKind.LOCAL_DEPARTMENT, CHANGCHUN,
                            body + CreditCode.checkCharacter(body), "长春市人民大街（演示数据）"), DataScope.province());
                });
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
