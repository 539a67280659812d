package cn.jilin.laborbrand.governance.task;

import java.util.List;

/** What a department writes in a quarterly report: the narrative, where the task stands, the measured indicators. */
public record ReportContent(String narrative, TaskStatus taskStatus, List<Indicator> indicators) {
}
