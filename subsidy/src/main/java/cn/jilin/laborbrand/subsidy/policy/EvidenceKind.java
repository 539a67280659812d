package cn.jilin.laborbrand.subsidy.policy;

/** What a claim rests on, already recorded in the platform: a certificate, a completed course, a dispatch, a start-up. */
public enum EvidenceKind {
    CERTIFICATE, COURSE, DISPATCH, STARTUP
}
