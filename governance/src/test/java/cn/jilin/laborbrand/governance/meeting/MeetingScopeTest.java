package cn.jilin.laborbrand.governance.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.governance.Actors;
import cn.jilin.laborbrand.governance.GovernanceTestApplication;
import cn.jilin.laborbrand.governance.GovernanceTestData;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.ResponsibilityTask;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leading-group meetings and their decisions, by who reads them: HRSS every decision; a city the resolutions; a
 * department the decisions about its own tasks and the resolutions of the meetings it attended; a meeting that neither
 * had the department in the room nor decided about its tasks does not exist for it. Decisions change tasks in the same
 * transaction, or not at all.
 */
@SpringBootTest(classes = GovernanceTestApplication.class)
class MeetingScopeTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    TaskService tasks;
    @Autowired
    PlanService plan;
    @Autowired
    GovernanceTestData data;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    long attended;
    long concerned;
    long outsider;
    long attendedTask;
    long concernedTask;
    long meeting;

    @BeforeEach
    void aMeetingWithAResolutionAndDecisionsAboutTwoDepartmentsTasks() {
        attended = data.freshDepartment();
        concerned = data.freshDepartment();
        outsider = data.freshDepartment();
        attendedTask = data.task(attended, "三(一)");
        concernedTask = data.task(concerned, "三(一)");
        meeting = Actors.hrss(() -> meetings.record(new MeetingRecord(data.today(), "范围测试会议", null, "孙建国", "研究任务调整。", Set.of(attended))));
        decide(new DecisionRequest(DecisionKind.RESOLUTION, "各部门按季度报送进展。", null, null, null, null));
        decide(new DecisionRequest(DecisionKind.AMEND_TASKS, "出席部门的任务延期。", null, null, LocalDate.of(2027, 6, 30), List.of(attendedTask)));
        decide(new DecisionRequest(DecisionKind.AMEND_TASKS, "未出席部门的任务延期。", null, null, LocalDate.of(2027, 6, 30), List.of(concernedTask)));
    }

    private long decide(DecisionRequest request) {
        return Actors.hrss(() -> meetings.decide(meeting, request, DataScope.province()));
    }

    private List<String> decisions(long officerOf, DataScope scope) {
        return Actors.of(officerOf, () -> meetings.decisions(meeting, scope)).stream().map(MeetingDecision::getContent).toList();
    }

    private List<Long> listed(long officerOf, DataScope scope) {
        return Actors.of(officerOf, () -> meetings.list(scope, Pageable.unpaged()).map(WorkMeeting::getId).getContent());
    }

    @Test
    void aDepartmentReadsTheResolutionsOfMeetingsItAttendedAndTheDecisionsAboutItsOwnTasks() {
        assertThat(decisions(attended, DataScope.organisation(attended))).containsExactly("各部门按季度报送进展。", "出席部门的任务延期。");
        // not in the room: only the decision about its task
        assertThat(decisions(concerned, DataScope.organisation(concerned))).containsExactly("未出席部门的任务延期。");
        assertThat(listed(attended, DataScope.organisation(attended))).contains(meeting);
        assertThat(listed(concerned, DataScope.organisation(concerned))).contains(meeting);
        assertThat(Actors.of(attended, () -> meetings.decisionCounts(List.of(meeting), DataScope.organisation(attended)))).containsEntry(meeting, 2L);
        assertThat(Actors.of(attended, () -> meetings.decisionsOnTask(attendedTask, DataScope.organisation(attended))))
                .extracting(MeetingDecision::getContent).containsExactly("出席部门的任务延期。");
        assertThatThrownBy(() -> Actors.of(attended, () -> meetings.decisionsOnTask(concernedTask, DataScope.organisation(attended))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMeetingThatNeitherHadTheDepartmentInTheRoomNorDecidedAboutItsTasksDoesNotExistForIt() {
        DataScope scope = DataScope.organisation(outsider);
        assertThatThrownBy(() -> Actors.of(outsider, () -> meetings.get(meeting, scope))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Actors.of(outsider, () -> meetings.decisions(meeting, scope))).isInstanceOf(NotFoundException.class);
        assertThat(listed(outsider, scope)).doesNotContain(meeting);
        assertThat(Actors.of(outsider, () -> meetings.decisionCounts(List.of(meeting), scope))).doesNotContainKey(meeting);
    }

    @Test
    void hrssReadsEveryDecisionACityTheResolutionsAndAnAdministratorNothing() {
        assertThat(Actors.hrss(() -> meetings.decisions(meeting, DataScope.province()))).extracting(MeetingDecision::getContent)
                .containsExactly("各部门按季度报送进展。", "出席部门的任务延期。", "未出席部门的任务延期。");
        DataScope city = DataScope.region("220100", regions.coveredCodes("220100"));
        assertThat(Actors.hrss(() -> meetings.decisions(meeting, city))).extracting(MeetingDecision::getContent).containsExactly("各部门按季度报送进展。");
        assertThat(Actors.hrss(() -> meetings.list(DataScope.none(), Pageable.unpaged()).getTotalElements())).isZero();
        assertThatThrownBy(() -> Actors.hrss(() -> meetings.get(meeting, DataScope.none()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDecisionChangesTheTasksItNamesOrNothingAtAll() {
        ResponsibilityTask amended = Actors.hrss(() -> tasks.get(attendedTask, DataScope.province()));
        assertThat(amended.getDeadline()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(amended.getDecisionId()).isNull();

        long measure = plan.byCode("二(一)1").orElseThrow().getId();
        long created = decide(new DecisionRequest(DecisionKind.CREATE_TASK, "新增任务。", measure, outsider,
                LocalDate.of(2026, 12, 31), null));
        assertThat(jdbc.queryForObject("select decision_id from responsibility_task where organisation_id = ? and measure_id = ?", Long.class,
                outsider, measure)).isEqualTo(created);

        long before = jdbc.queryForObject("select count(*) from meeting_decision where meeting_id = ?", Long.class, meeting);
        assertThatThrownBy(() -> decide(new DecisionRequest(DecisionKind.CREATE_TASK, "重复的任务。", measure, outsider,
                LocalDate.of(2026, 12, 31), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("task.exists"));
        assertThatThrownBy(() -> decide(new DecisionRequest(DecisionKind.AMEND_TASKS, "没有选任务。", null, null, LocalDate.of(2026, 12, 31), List.of())))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("meeting.decision.tasksRequired"));
        assertThat(jdbc.queryForObject("select count(*) from meeting_decision where meeting_id = ?", Long.class, meeting)).isEqualTo(before);
    }
}
