package cn.jilin.laborbrand.governance.task;

/** What one run of the overdue marking did: tasks checked, newly marked (or moved to another quarter), cleared. */
public record OverdueRun(int checked, int marked, int cleared, int overdue) {
}
