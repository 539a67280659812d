package cn.jilin.laborbrand.registry.finance;

/** Where a pledge loan stands: not yet repaid, or repaid (结清) on a date. */
public enum PledgeStatus {
    OUTSTANDING, REPAID
}
