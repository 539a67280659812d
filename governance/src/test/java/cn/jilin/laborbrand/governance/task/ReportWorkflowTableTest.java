package cn.jilin.laborbrand.governance.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.workflow.Workflow;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The progress report's table, read as a page reads it: which step leaves which state, who takes it, what it needs. */
class ReportWorkflowTableTest {

    private static final Workflow<ProgressReport, ReportState, ReportAction> TABLE = ReportWorkflow.TABLE;

    private static CurrentUser holding(String... permissions) {
        Set<String> held = Set.of(permissions);
        return new CurrentUser() {
            @Override
            public Long accountId() {
                return null;
            }

            @Override
            public String username() {
                return "test";
            }

            @Override
            public boolean holds(String permission) {
                return held.contains(permission);
            }
        };
    }

    private static ProgressReport in(ReportState state) {
        ProgressReport report = new ProgressReport();
        report.moveTo(state);
        return report;
    }

    @Test
    void theDepartmentSubmitsADraftOrAReturnedReportAndHrssDecidesOnASubmittedOne() {
        assertThat(TABLE.transition(ReportAction.SUBMIT).from()).isEqualTo(EnumSet.of(ReportState.DRAFT, ReportState.RETURNED));
        assertThat(TABLE.transition(ReportAction.RETURN).from()).containsExactly(ReportState.SUBMITTED);
        assertThat(TABLE.transition(ReportAction.ACCEPT).from()).containsExactly(ReportState.SUBMITTED);
        ProgressReport any = in(ReportState.SUBMITTED);
        assertThat(TABLE.transition(ReportAction.SUBMIT).to().apply(any)).isEqualTo(ReportState.SUBMITTED);
        assertThat(TABLE.transition(ReportAction.RETURN).to().apply(any)).isEqualTo(ReportState.RETURNED);
        assertThat(TABLE.transition(ReportAction.ACCEPT).to().apply(any)).isEqualTo(ReportState.ACCEPTED);
        assertThat(TABLE.transition(ReportAction.SUBMIT).permission().apply(any)).isEqualTo("task:report");
        assertThat(TABLE.transition(ReportAction.ACCEPT).permission().apply(any)).isEqualTo("task:review");
        // only a return needs a reason
        assertThat(EnumSet.allOf(ReportAction.class)).filteredOn(a -> TABLE.transition(a).reasonRequired()).containsExactly(ReportAction.RETURN);
        // four eyes: the reviewing steps are kept from whoever submitted
        assertThat(TABLE.transition(ReportAction.RETURN).notBy()).containsExactly(ReportAction.SUBMIT);
        assertThat(TABLE.transition(ReportAction.ACCEPT).notBy()).containsExactly(ReportAction.SUBMIT);
        assertThat(TABLE.transition(ReportAction.SUBMIT).notBy()).isEmpty();
    }

    @Test
    void anAcceptedReportTakesNoStepAnyMore() {
        assertThat(TABLE.available(in(ReportState.ACCEPTED), holding("task:report", "task:review"))).isEmpty();
    }

    @Test
    void eachUserIsOfferedTheStepsOfItsPermission() {
        assertThat(TABLE.available(in(ReportState.SUBMITTED), holding("task:review"))).containsExactly(ReportAction.RETURN, ReportAction.ACCEPT);
        assertThat(TABLE.available(in(ReportState.SUBMITTED), holding("task:report"))).isEmpty();
        assertThat(TABLE.available(in(ReportState.RETURNED), holding("task:report", "task:review"))).containsExactly(ReportAction.SUBMIT);
        assertThat(TABLE.available(in(ReportState.DRAFT), holding("task:view"))).isEmpty();
    }

    @Test
    void theUrlSegmentOfAStepIsItsLowerCaseName() {
        assertThat(TABLE.action("accept")).contains(ReportAction.ACCEPT);
        assertThat(TABLE.action("return")).contains(ReportAction.RETURN);
        assertThat(TABLE.action("delete")).isEmpty();
        assertThat(Workflow.slug(ReportAction.SUBMIT)).isEqualTo("submit");
    }
}
