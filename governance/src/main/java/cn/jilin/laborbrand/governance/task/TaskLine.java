package cn.jilin.laborbrand.governance.task;

import java.time.LocalDate;

/** A task as the plan's page shows it for every department: who carries which measure, and how it stands. */
public record TaskLine(long id, long measureId, long organisationId, TaskStatus status, boolean overdue,
                       LocalDate deadline) {
}
