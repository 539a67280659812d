package cn.jilin.laborbrand.governance.task;

/**
 * The steps of a progress report: the department submits it; HRSS returns it with a reason or accepts it. Which state
 * each leaves and reaches, and who may take it, is {@link ReportWorkflow#TABLE}.
 */
public enum ReportAction {
    SUBMIT, RETURN, ACCEPT
}
