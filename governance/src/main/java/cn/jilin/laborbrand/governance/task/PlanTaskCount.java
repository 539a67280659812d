package cn.jilin.laborbrand.governance.task;

/** How many tasks a city's 推进落实方案 carries, and how many of them are overdue. */
public record PlanTaskCount(String regionCode, long tasks, long overdue) {
}
