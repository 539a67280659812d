package cn.jilin.laborbrand.registry.mark;

/** Where a trademark or patent stands: applied for, registered (granted), expired, or declared invalid. */
public enum MarkStatus {
    APPLIED, REGISTERED, EXPIRED, INVALIDATED
}
