package cn.jilin.laborbrand.governance.task;

import java.time.LocalDate;
import java.util.List;

/** What HRSS sets of a task: deadline, a note, and what is due by each year's end. */
public record TaskPlan(LocalDate deadline, String note, List<Milestone> milestones) {
}
