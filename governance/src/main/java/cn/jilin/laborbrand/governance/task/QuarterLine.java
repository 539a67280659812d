package cn.jilin.laborbrand.governance.task;

import java.time.LocalDate;

/**
 * A quarter a task reports on, as its pages list it: the quarter, the last day its report is on time, and the report
 * when one has been opened (null otherwise).
 */
public record QuarterLine(Quarter quarter, LocalDate due, ProgressReport report) {

    /** Whether the quarter's report is late on {@code today}: not filed, and the due day has passed. */
    public boolean isLate(LocalDate today) {
        return (report == null || !report.isFiled()) && today.isAfter(due);
    }
}
