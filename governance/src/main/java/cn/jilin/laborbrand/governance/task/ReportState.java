package cn.jilin.laborbrand.governance.task;

/** 草稿 → 已报送 → 已采纳, or 已退回 and amended; {@link ReportWorkflow#TABLE} says which step leads where and who takes it. */
public enum ReportState {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** Whether the department may still change what the report says. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
