package cn.jilin.laborbrand.subsidy.batch;

/** A batch: being put together, sent to the bank, answered by the bank, or cancelled before it paid anything. */
public enum BatchState {
    OPEN, EXPORTED, SETTLED, CANCELLED
}
