package cn.jilin.laborbrand.subsidy.batch;

/** What became of one line of a batch: waiting for the bank, paid, failed, or taken out with a cancelled batch. */
public enum LineOutcome {
    PENDING, PAID, FAILED, REMOVED
}
