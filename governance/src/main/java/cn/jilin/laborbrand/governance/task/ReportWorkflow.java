package cn.jilin.laborbrand.governance.task;

import static cn.jilin.laborbrand.governance.task.ReportState.ACCEPTED;
import static cn.jilin.laborbrand.governance.task.ReportState.DRAFT;
import static cn.jilin.laborbrand.governance.task.ReportState.RETURNED;
import static cn.jilin.laborbrand.governance.task.ReportState.SUBMITTED;

import cn.jilin.laborbrand.platform.workflow.Workflow;

/**
 * The progress-report workflow in one table (三(一) 按季度报送工作进展): the department ({@value #REPORT}) submits a
 * draft or a returned report; HRSS ({@value #REVIEW}) returns it with a reason or accepts it. ACCEPTED is final. Four
 * eyes: whoever submitted a report does not return or accept it, even holding both permissions (HRSS reports on its
 * own tasks too). That only the report's own department submits it is checked by {@link ReportService}, which knows
 * the signed-in user's department.
 */
public final class ReportWorkflow {

    public static final String REPORT = "task:report";
    public static final String REVIEW = "task:review";

    public static final Workflow<ProgressReport, ReportState, ReportAction> TABLE = Workflow
            .of(ProgressReport.SUBJECT_TYPE, ReportAction.class, ProgressReport::getId, ProgressReport::getState, ProgressReport::moveTo)
            .transition(ReportAction.SUBMIT).from(DRAFT, RETURNED).to(SUBMITTED).permission(REPORT)
            .transition(ReportAction.RETURN).from(SUBMITTED).to(RETURNED).permission(REVIEW).reason().notBy(ReportAction.SUBMIT)
            .transition(ReportAction.ACCEPT).from(SUBMITTED).to(ACCEPTED).permission(REVIEW).notBy(ReportAction.SUBMIT)
            .build();

    private ReportWorkflow() {
    }
}
