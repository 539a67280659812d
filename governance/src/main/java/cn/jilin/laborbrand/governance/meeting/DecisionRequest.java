package cn.jilin.laborbrand.governance.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision to record: its text and kind; for CREATE_TASK the measure, department and deadline of the new task;
 * for AMEND_TASKS the tasks and their new deadline.
 */
public record DecisionRequest(DecisionKind kind, String content, Long measureId, Long organisationId,
                              LocalDate deadline, List<Long> taskIds) {
}
