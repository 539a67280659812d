package cn.jilin.laborbrand.platform.account;

/** What became of an administrator's action: done, or waiting for a second administrator's approval. */
public enum AdminOutcome {
    APPLIED, AWAITING_APPROVAL
}
