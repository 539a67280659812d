package cn.jilin.laborbrand.governance.meeting;

/** What a leading-group decision does: records a resolution, gives a department a new task, or moves tasks' deadline. */
public enum DecisionKind {
    RESOLUTION, CREATE_TASK, AMEND_TASKS
}
