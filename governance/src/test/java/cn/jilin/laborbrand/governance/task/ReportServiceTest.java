package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.governance.task.PlanOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.governance.Actors;
import cn.jilin.laborbrand.governance.GovernanceTestApplication;
import cn.jilin.laborbrand.governance.GovernanceTestData;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Quarterly progress reports through the module's services: a department opens its quarter's report and submits it,
 * HRSS returns it with a reason or accepts it (and the task takes its status), each step only as the workflow's table
 * allows; the quarters a report may be opened for; and the reports' scope (a department reads its own only).
 */
@SpringBootTest(classes = GovernanceTestApplication.class)
class ReportServiceTest {

    @Autowired
    ReportService reports;
    @Autowired
    TaskService tasks;
    @Autowired
    GovernanceTestData data;
    @Autowired
    RegionService regions;

    long department;
    long task;
    DataScope own;
    Quarter current;

    @BeforeEach
    void aDepartmentWithATask() {
        department = data.freshDepartment();
        task = data.task(department, "二(二)1");
        own = DataScope.organisation(department);
        current = Quarter.of(data.today());
    }

    private static ReportContent content(TaskStatus status) {
        return new ReportContent("本季度完成政策宣传和资金拨付。", status, List.of(new Indicator("拨付资金", new BigDecimal("120.5"), "万元")));
    }

    private long open() {
        return Actors.of(department, () -> reports.open(task, current, content(TaskStatus.AT_RISK), own));
    }

    private ProgressReport report(long id) {
        return Actors.hrss(() -> reports.get(id, DataScope.province()));
    }

    private void submit(long id) {
        Actors.run(department, () -> reports.act(id, report(id).getVersion(), ReportAction.SUBMIT, null, own));
    }

    private void review(long id, ReportAction action, String comment) {
        Actors.hrss(() -> reports.act(id, report(id).getVersion(), action, comment, DataScope.province()));
    }

    /** One person who both reports and reviews (HRSS on its own tasks): their own submission is for another to review. */
    private static final String[] REPORTS_AND_REVIEWS = {"plan:view", "task:view", "task:report", "task:review"};

    private <T> T as(long person, java.util.function.Supplier<T> work) {
        return Actors.person(person, department, work, REPORTS_AND_REVIEWS);
    }

    /** A person of the department holding both permissions; its review steps are taken at the province, whose plan it is. */
    private void act(long person, long id, ReportAction action, String comment) {
        as(person, () -> {
            reports.act(id, report(id).getVersion(), action, comment, action == ReportAction.SUBMIT ? own : DataScope.province());
            return null;
        });
    }

    @Test
    void whoeverSubmittedAReportDoesNotReturnOrAcceptItEvenHoldingBothPermissions() {
        long first = 9_000_001L;
        long second = 9_000_002L;
        long id = open();
        act(first, id, ReportAction.SUBMIT, null);

        assertThat(as(first, () -> reports.availableActions(report(id), DataScope.province()))).as("offered to the submitter").isEmpty();
        assertThat(as(second, () -> reports.availableActions(report(id), DataScope.province()))).containsExactly(ReportAction.RETURN, ReportAction.ACCEPT);
        for (ReportAction review : List.of(ReportAction.ACCEPT, ReportAction.RETURN)) {
            assertThatThrownBy(() -> act(first, id, review, "自己审核自己。"))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.fourEyes"));
        }
        assertThat(report(id).getState()).as("nothing changed").isEqualTo(ReportState.SUBMITTED);

        act(second, id, ReportAction.RETURN, "请补充依据。");
        act(second, id, ReportAction.SUBMIT, null);
        assertThatThrownBy(() -> act(second, id, ReportAction.ACCEPT, null)).as("the last submission counts")
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.fourEyes"));
        act(first, id, ReportAction.ACCEPT, null);
        assertThat(report(id).getState()).isEqualTo(ReportState.ACCEPTED);
        assertThat(Actors.hrss(() -> reports.history(id, DataScope.province()))).extracting(WorkflowStep::getActorId)
                .containsExactly(null, first, second, second, first);
    }

    @Test
    void aDepartmentSubmitsHrssReturnsWithAReasonAndAcceptsTheAmendedReportWhoseStatusTheTaskTakes() {
        long id = open();
        assertThat(report(id).getState()).isEqualTo(ReportState.DRAFT);
        submit(id);
        review(id, ReportAction.RETURN, " 请补充资金拨付的文件依据。 ");
        assertThat(report(id).getState()).isEqualTo(ReportState.RETURNED);
        assertThat(report(id).getReturnReason()).isEqualTo("请补充资金拨付的文件依据。");
        Actors.run(department, () -> reports.revise(id, report(id).getVersion(), content(TaskStatus.ON_TRACK), own));
        submit(id);
        review(id, ReportAction.ACCEPT, "同意。");

        ProgressReport accepted = report(id);
        assertThat(accepted.getState()).isEqualTo(ReportState.ACCEPTED);
        assertThat(accepted.getReturnReason()).isNull();
        assertThat(accepted.getReviewComment()).isEqualTo("同意。");
        assertThat(accepted.isFiled()).isTrue();
        assertThat(Actors.hrss(() -> tasks.get(task, DataScope.province())).getStatus()).isEqualTo(TaskStatus.ON_TRACK);
        assertThat(Actors.hrss(() -> reports.history(id, DataScope.province()))).extracting(WorkflowStep::getAction, WorkflowStep::getToState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("open", "DRAFT"), org.assertj.core.groups.Tuple.tuple("submit", "SUBMITTED"),
                        org.assertj.core.groups.Tuple.tuple("return", "RETURNED"), org.assertj.core.groups.Tuple.tuple("submit", "SUBMITTED"),
                        org.assertj.core.groups.Tuple.tuple("accept", "ACCEPTED"));
        // accepted is final: nothing changes it any more
        assertThatThrownBy(() -> Actors.run(department, () -> reports.revise(id, report(id).getVersion(), content(TaskStatus.DONE), own)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("report.notEditable"));
        assertThatThrownBy(() -> review(id, ReportAction.RETURN, "再退回"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.notAllowed"));
    }

    @Test
    void eachStepIsRefusedOutsideItsTableAndChangesNothing() {
        long id = open();
        // a draft cannot be accepted; nor may another department submit it, whatever it holds and whatever scope it claims
        assertThatThrownBy(() -> review(id, ReportAction.ACCEPT, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("workflow.notAllowed"));
        assertThatThrownBy(() -> Actors.run(data.freshDepartment(), () -> reports.act(id, report(id).getVersion(), ReportAction.SUBMIT, null,
                DataScope.province()), "task:view", "task:report", "task:review")).isInstanceOf(AccessDeniedException.class);
        // the department may not decide on its own report
        submit(id);
        assertThatThrownBy(() -> Actors.run(department, () -> reports.act(id, report(id).getVersion(), ReportAction.ACCEPT, null, own)))
                .isInstanceOf(AccessDeniedException.class);
        // a return needs a reason; a page shown before the last change is stale
        assertThatThrownBy(() -> review(id, ReportAction.RETURN, "  "))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.messageKeys()).containsExactly("workflow.reason.required");
                });
        long stale = report(id).getVersion() - 1;
        assertThatThrownBy(() -> Actors.hrss(() -> reports.act(id, stale, ReportAction.ACCEPT, null, DataScope.province())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(report(id).getState()).isEqualTo(ReportState.SUBMITTED);
        assertThat(Actors.hrss(() -> reports.history(id, DataScope.province()))).hasSize(2);
    }

    @Test
    void theStepsOfferedAreThoseTheUserMayTakeNow() {
        long id = open();
        assertThat(Actors.of(department, () -> reports.availableActions(report(id), DataScope.organisation(department)))).containsExactly(ReportAction.SUBMIT);
        assertThat(Actors.of(department, () -> reports.mayEdit(report(id)))).isTrue();
        assertThat(Actors.hrss(() -> reports.availableActions(report(id), DataScope.province()))).isEmpty();
        // another department holding the permission is not the report's own
        assertThat(Actors.of(data.freshDepartment(), () -> reports.availableActions(report(id), DataScope.province()))).isEmpty();
        submit(id);
        assertThat(Actors.of(department, () -> reports.availableActions(report(id), DataScope.organisation(department)))).isEmpty();
        assertThat(Actors.of(department, () -> reports.mayEdit(report(id)))).isFalse();
        assertThat(Actors.hrss(() -> reports.availableActions(report(id), DataScope.province()))).containsExactly(ReportAction.RETURN, ReportAction.ACCEPT);
    }

    @Test
    void aQuarterIsOpenedOnceAndOnlyWithinTheTasksReportingRange() {
        // a task added now reports from the current quarter on
        List<QuarterLine> before = Actors.of(department, () -> reports.openQuarters(task, own));
        assertThat(before).extracting(QuarterLine::quarter).containsExactly(current);
        assertThat(before.get(0).due()).isEqualTo(Actors.of(department, () -> tasks.dueDate(current)));
        long id = open();
        assertThat(Actors.of(department, () -> reports.openQuarters(task, own))).isEmpty();
        assertThat(Actors.of(department, () -> reports.quarters(task, own))).singleElement()
                .satisfies(line -> assertThat(line.report().getId()).isEqualTo(id));
        assertThatThrownBy(() -> Actors.of(department, () -> reports.open(task, current, content(TaskStatus.ON_TRACK), own)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("report.quarter.taken"));
        assertThatThrownBy(() -> Actors.of(department, () -> reports.open(task, current.previous(), content(TaskStatus.ON_TRACK), own)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("report.quarter.notReportable"));
        assertThatThrownBy(() -> Actors.of(department, () -> reports.open(task, current.next(), content(TaskStatus.ON_TRACK), own)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("period"));
        assertThat(Actors.of(department, () -> reports.ofTask(task, own))).hasSize(1);
    }

    @Test
    void aDepartmentReadsOnlyItsOwnReportsAndHrssEveryDepartments() {
        long mine = open();
        long other = data.freshDepartment();
        long otherTask = data.task(other, "二(二)1");
        DataScope theirs = DataScope.organisation(other);
        long theirReport = Actors.of(other, () -> reports.open(otherTask, current, content(TaskStatus.ON_TRACK), theirs));

        assertThat(Actors.of(department, () -> reports.search(ReportFilter.none(), own, Pageable.unpaged()).getContent()))
                .extracting(ProgressReport::getId).containsExactly(mine);
        assertThat(Actors.of(department, () -> reports.export(new ReportFilter(other, null, null, null, null, null), own))).isEmpty();
        assertThatThrownBy(() -> Actors.of(department, () -> reports.get(theirReport, own))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Actors.of(department, () -> reports.history(theirReport, own))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Actors.of(department, () -> reports.quarters(otherTask, own))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Actors.of(department, () -> reports.ofTask(otherTask, own))).isInstanceOf(NotFoundException.class);
        // nor may it write on another department's report, whatever scope it claims
        assertThatThrownBy(() -> Actors.run(department, () -> reports.revise(theirReport, 0, content(TaskStatus.DONE), DataScope.province())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(Actors.hrss(() -> reports.search(ReportFilter.none(), DataScope.province(), Pageable.unpaged()).getContent()))
                .extracting(ProgressReport::getId).contains(mine, theirReport);
        // a city reads its own plan's reports, none of the province's
        DataScope city = DataScope.region("220100", regions.coveredCodes("220100"));
        assertThat(Actors.hrss(() -> reports.search(ReportFilter.none(), city, Pageable.unpaged()).getContent()))
                .extracting(ProgressReport::getId).doesNotContain(mine, theirReport);
        assertThatThrownBy(() -> Actors.hrss(() -> reports.get(theirReport, city))).isInstanceOf(NotFoundException.class);
        assertThat(Actors.hrss(() -> reports.search(ReportFilter.none(), DataScope.none(), Pageable.unpaged()).getTotalElements())).isZero();
    }
}
