package cn.jilin.laborbrand.governance.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.governance.Actors;
import cn.jilin.laborbrand.governance.GovernanceTestApplication;
import cn.jilin.laborbrand.governance.GovernanceTestData;
import cn.jilin.laborbrand.governance.meeting.DecisionKind;
import cn.jilin.laborbrand.governance.meeting.DecisionRequest;
import cn.jilin.laborbrand.governance.meeting.MeetingDecision;
import cn.jilin.laborbrand.governance.meeting.MeetingService;
import cn.jilin.laborbrand.governance.plan.PartnerEntitlementService;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A city's 推进落实方案 carries tasks of its own (三(一)): the city gives them to its own and its counties' units, the
 * units see and report on their own, the reports go up to the city, which alone accepts or returns them; a city meeting
 * decides on the city's tasks only; none of it reaches the province's plan page or a department's partner data.
 */
@SpringBootTest(classes = GovernanceTestApplication.class)
class CityTaskTest {

    private static final String CHANGCHUN = "220100";
    private static final String JILIN = "220200";
    private static final String[] CITY = {"plan:view", "task:view", "task:report", "task:review", "city-plan:view", "city-plan:manage"};

    @Autowired
    TaskService tasks;
    @Autowired
    ReportService reports;
    @Autowired
    MeetingService meetings;
    @Autowired
    PlanService plan;
    @Autowired
    RegionService regions;
    @Autowired
    PartnerEntitlementService partners;
    @Autowired
    OrganisationService organisations;
    @Autowired
    GovernanceTestData data;
    @Autowired
    JdbcTemplate jdbc;

    private String county;
    private String otherCounty;
    private long cityBureau;
    private long countyBureau;
    private long localDepartment;
    private long jilinBureau;
    private long measure;
    private LocalDate deadline;

    @BeforeEach
    void units() {
        county = regions.children(CHANGCHUN).get(0).getCode();
        otherCounty = regions.children(CHANGCHUN).get(1).getCode();
        cityBureau = data.freshUnit("HRSS_BUREAU", CHANGCHUN);
        countyBureau = data.freshUnit("HRSS_BUREAU", county);
        localDepartment = data.freshUnit("LOCAL_DEPARTMENT", CHANGCHUN);
        jilinBureau = data.freshUnit("HRSS_BUREAU", JILIN);
        measure = plan.byCode("二(二)1").orElseThrow().getId();
        deadline = LocalDate.of(data.today().getYear() + 1, 12, 31);
    }

    private DataScope scope(String region) {
        return DataScope.region(region, regions.coveredCodes(region));
    }

    /** An officer of the unit, with the region scope of the unit's region, holding what a city officer holds. */
    private <T> T officer(long account, long unit, Supplier<T> work) {
        return Actors.person(account, unit, work, CITY);
    }

    private long cityTask(long unit) {
        return officer(1, cityBureau, () -> tasks.create(PlanOwner.city(CHANGCHUN), measure, unit, deadline, null, scope(CHANGCHUN)));
    }

    @Test
    void aCityGivesTasksToItsOwnAndItsCountiesUnitsOnly() {
        ResponsibilityTask task = officer(1, cityBureau, () -> tasks.get(cityTask(countyBureau), scope(CHANGCHUN)));
        assertThat(task.getPlan()).isEqualTo(PlanOwner.city(CHANGCHUN));
        assertThat(task.getRegionCode()).isEqualTo(county);
        assertThat(officer(1, cityBureau, () -> tasks.get(cityTask(localDepartment), scope(CHANGCHUN))).getRegionCode()).isEqualTo(CHANGCHUN);

        assertThat(officer(1, cityBureau, () -> tasks.unitsFor(PlanOwner.city(CHANGCHUN)))).extracting(OrganisationChoice::id)
                .contains(cityBureau, countyBureau, localDepartment).doesNotContain(jilinBureau);
        long province = data.freshDepartment();
        for (long foreign : List.of(jilinBureau, province)) {
            assertThatThrownBy(() -> cityTask(foreign)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKeys()).containsExactly("task.unit.notInCity"));
        }
        // not the province's plan, not another city's, not from a county
        assertThatThrownBy(() -> officer(1, cityBureau, () -> tasks.create(PlanOwner.province(), measure, province, deadline, null, scope(CHANGCHUN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officer(1, cityBureau, () -> tasks.create(PlanOwner.city(JILIN), measure, jilinBureau, deadline, null, scope(CHANGCHUN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officer(2, countyBureau, () -> tasks.create(PlanOwner.city(CHANGCHUN), measure, countyBureau, deadline, null, scope(county))))
                .isInstanceOf(AccessDeniedException.class);
        // the province may add one to a city's plan
        assertThat(SystemActor.call(() -> tasks.create(PlanOwner.city(CHANGCHUN), plan.byCode("二(二)2").orElseThrow().getId(), countyBureau,
                deadline, null, DataScope.province()), "city-plan:manage")).isPositive();
    }

    @Test
    void aCitysTasksAreSeenByTheCityAndTheCountyThatCarriesThem() {
        long id = cityTask(countyBureau);
        assertThat(officer(1, cityBureau, () -> tasks.search(new TaskFilter(null, null, null, null, PlanOwner.city(CHANGCHUN)), scope(CHANGCHUN),
                Pageable.unpaged())).map(ResponsibilityTask::getId)).contains(id);
        assertThat(officer(2, countyBureau, () -> tasks.get(id, scope(county))).getId()).isEqualTo(id);
        assertThat(officer(2, countyBureau, () -> tasks.get(id, DataScope.organisation(countyBureau))).getId()).isEqualTo(id);
        for (DataScope outside : List.of(scope(JILIN), scope(otherCounty), DataScope.organisation(localDepartment), DataScope.organisation(data.freshDepartment()))) {
            assertThatThrownBy(() -> officer(3, jilinBureau, () -> tasks.get(id, outside))).as(outside.toString()).isInstanceOf(NotFoundException.class);
        }
        // the province follows every city, but its plan page and its own plan's list carry none of them
        assertThat(Actors.hrss(() -> tasks.get(id, DataScope.province())).getId()).isEqualTo(id);
        assertThat(Actors.hrss(() -> tasks.lines())).extracting(TaskLine::id).doesNotContain(id);
        assertThat(Actors.hrss(() -> tasks.search(new TaskFilter(null, null, null, null, PlanOwner.province()), DataScope.province(), Pageable.unpaged()))
                .map(ResponsibilityTask::getId)).doesNotContain(id);
    }

    @Test
    void countiesReportUpToTheCityWhichAloneAcceptsOrReturns() {
        long task = cityTask(countyBureau);
        Quarter quarter = Quarter.of(data.today());
        long report = officer(2, countyBureau, () -> reports.open(task, quarter,
                new ReportContent("本季度完成培训动员。", TaskStatus.ON_TRACK, List.of()), scope(county)));
        ProgressReport opened = officer(2, countyBureau, () -> reports.get(report, scope(county)));
        assertThat(opened.getPlan()).isEqualTo(PlanOwner.city(CHANGCHUN));
        officer(2, countyBureau, () -> {
            reports.act(report, opened.getVersion(), ReportAction.SUBMIT, null, scope(county));
            return null;
        });
        ProgressReport submitted = officer(1, cityBureau, () -> reports.get(report, scope(CHANGCHUN)));

        // the county holds task:review too, but the report is not its plan's; the province reviews only its own plan
        assertThat(officer(2, countyBureau, () -> reports.availableActions(submitted, scope(county)))).isEmpty();
        assertThatThrownBy(() -> officer(4, countyBureau, () -> {
            reports.act(report, submitted.getVersion(), ReportAction.ACCEPT, null, scope(county));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.hrss(() -> reports.availableActions(submitted, DataScope.province()))).isEmpty();
        assertThatThrownBy(() -> Actors.hrss(() -> {
            reports.act(report, submitted.getVersion(), ReportAction.ACCEPT, null, DataScope.province());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officer(5, jilinBureau, () -> reports.get(report, scope(JILIN)))).isInstanceOf(NotFoundException.class);

        assertThat(officer(1, cityBureau, () -> reports.availableActions(submitted, scope(CHANGCHUN))))
                .containsExactly(ReportAction.RETURN, ReportAction.ACCEPT);
        officer(1, cityBureau, () -> {
            reports.act(report, submitted.getVersion(), ReportAction.ACCEPT, "已采纳。", scope(CHANGCHUN));
            return null;
        });
        assertThat(officer(1, cityBureau, () -> reports.get(report, scope(CHANGCHUN))).getState()).isEqualTo(ReportState.ACCEPTED);
        assertThat(officer(1, cityBureau, () -> tasks.get(task, scope(CHANGCHUN))).getStatus()).isEqualTo(TaskStatus.ON_TRACK);
    }

    @Test
    void aCityMeetingDecidesOnTheCitysTasksOnly() {
        long meeting = jdbc.queryForObject("insert into city_meeting (region_code, held_on, title, chair, minutes) "
                + "values (?, ?, '长春市劳务品牌建设工作会议', '副市长', '研究分工。') returning id", Long.class, CHANGCHUN, data.today());
        long decision = officer(1, cityBureau, () -> meetings.decideInCity(CHANGCHUN, meeting, new DecisionRequest(DecisionKind.CREATE_TASK,
                "由市直部门承担培训任务。", measure, localDepartment, deadline, null), scope(CHANGCHUN)));
        List<MeetingDecision> recorded = officer(1, cityBureau, () -> meetings.cityDecisions(CHANGCHUN, List.of(meeting), scope(CHANGCHUN))).get(meeting);
        assertThat(recorded).extracting(MeetingDecision::getId).containsExactly(decision);
        long created = recorded.get(0).getEffects().get(0).getTaskId();
        ResponsibilityTask task = officer(1, cityBureau, () -> tasks.get(created, scope(CHANGCHUN)));
        assertThat(task.getDecisionId()).isEqualTo(decision);
        assertThat(task.getPlan()).isEqualTo(PlanOwner.city(CHANGCHUN));

        // a task of the province's plan is not the city meeting's to amend; nothing of the decision is kept
        long provincial = data.task(data.freshDepartment(), "二(二)1");
        Integer before = jdbc.queryForObject("select count(*) from meeting_decision where city_meeting_id = ?", Integer.class, meeting);
        assertThatThrownBy(() -> SystemActor.call(() -> meetings.decideInCity(CHANGCHUN, meeting, new DecisionRequest(DecisionKind.AMEND_TASKS,
                "延期。", null, null, deadline.plusYears(1), List.of(created, provincial)), DataScope.province()), "city-plan:manage"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("task.plan.other"));
        assertThat(jdbc.queryForObject("select count(*) from meeting_decision where city_meeting_id = ?", Integer.class, meeting)).isEqualTo(before);
        assertThat(officer(1, cityBureau, () -> tasks.get(created, scope(CHANGCHUN))).getDeadline()).isEqualTo(deadline);

        // another city's officer does not find the meeting
        assertThatThrownBy(() -> officer(5, jilinBureau, () -> meetings.decideInCity(JILIN, meeting, new DecisionRequest(DecisionKind.RESOLUTION,
                "决议。", null, null, null, null), scope(JILIN)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> officer(5, jilinBureau, () -> meetings.decideInCity(CHANGCHUN, meeting, new DecisionRequest(DecisionKind.RESOLUTION,
                "决议。", null, null, null, null), scope(JILIN)))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCitysTaskOpensNoPartnerDataAndCountsForItsCityAlone() {
        long before = officer(1, cityBureau, () -> tasks.countsByPlan(List.of(CHANGCHUN, JILIN), scope(CHANGCHUN))).getOrDefault(CHANGCHUN, new PlanTaskCount(CHANGCHUN, 0, 0)).tasks();
        long id = cityTask(localDepartment);
        jdbc.update("update responsibility_task set overdue = true, overdue_since = current_date, overdue_quarter = '2025-4' where id = ?", id);
        PlanTaskCount after = officer(1, cityBureau, () -> tasks.countsByPlan(List.of(CHANGCHUN), scope(CHANGCHUN))).get(CHANGCHUN);
        assertThat(officer(5, jilinBureau, () -> tasks.countsByPlan(List.of(CHANGCHUN), scope(JILIN)))).isEmpty();
        assertThat(after.tasks()).isEqualTo(before + 1);
        assertThat(after.overdue()).isPositive();
        assertThat(SystemActor.call(() -> partners.measures(DataScope.organisation(localDepartment)), "partner:view")).isEmpty();
    }

    @Test
    void aCountyUnitsSuccessorInTheSameCityCarriesItsTaskAndReportsIntoItsOwnRegion() {
        long task = cityTask(countyBureau);
        long report = officer(2, countyBureau, () -> reports.open(task, Quarter.of(data.today()),
                new ReportContent("本季度完成培训动员。", TaskStatus.ON_TRACK, List.of()), scope(county)));
        long otherCountyBureau = data.freshUnit("HRSS_BUREAU", otherCounty);

        // a unit of another city cannot carry the city's task: refused, nothing moves
        assertThatThrownBy(() -> succeed(countyBureau, jilinBureau)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKeys()).containsExactly("organisation.succession.taskOutsidePlan"));
        assertThat(jdbc.queryForMap("select organisation_id, region_code from responsibility_task where id = ?", task))
                .containsEntry("organisation_id", countyBureau).containsEntry("region_code", county);
        assertThat(jdbc.queryForObject("select succeeded_by from organisation where id = ?", Long.class, countyBureau)).isNull();

        succeed(countyBureau, otherCountyBureau);
        assertThat(jdbc.queryForMap("select organisation_id, region_code from responsibility_task where id = ?", task))
                .containsEntry("organisation_id", otherCountyBureau).containsEntry("region_code", otherCounty);
        assertThat(jdbc.queryForMap("select organisation_id, region_code, plan_region from progress_report where id = ?", report))
                .containsEntry("organisation_id", otherCountyBureau).containsEntry("region_code", otherCounty).containsEntry("plan_region", CHANGCHUN);
        // the successor's county sees the task and its report, the predecessor's no longer; the city still does
        assertThat(officer(6, otherCountyBureau, () -> tasks.get(task, scope(otherCounty))).getId()).isEqualTo(task);
        assertThat(officer(6, otherCountyBureau, () -> reports.get(report, scope(otherCounty))).getId()).isEqualTo(report);
        assertThatThrownBy(() -> officer(2, countyBureau, () -> tasks.get(task, scope(county)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> officer(2, countyBureau, () -> reports.get(report, scope(county)))).isInstanceOf(NotFoundException.class);
        assertThat(officer(1, cityBureau, () -> tasks.get(task, scope(CHANGCHUN))).getRegionCode()).isEqualTo(otherCounty);
    }

    private void succeed(long from, long to) {
        SystemActor.run(() -> organisations.succeed(from, to, null, data.today(), "长机改〔2026〕1号", DataScope.province()), "organisation:register");
    }
}
