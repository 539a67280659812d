package cn.jilin.laborbrand.governance.task;

/** Where a department says its task stands, in each report: 未启动, 按计划推进, 存在风险, 已完成. */
public enum TaskStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, DONE
}
