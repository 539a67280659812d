package cn.jilin.laborbrand.governance.task;

/** A quarter a task has reported on (submitted at least once), with the report's state and the status it gave. */
public record FiledQuarter(long taskId, int year, int quarter, ReportState state, TaskStatus taskStatus) {

    public Quarter period() {
        return new Quarter(year, quarter);
    }
}
