package cn.jilin.laborbrand.platform.audit;

/** SUCCESS; FAILURE (attempted and failed, e.g. a wrong password); DENIED (refused for lack of permission or state). */
public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
