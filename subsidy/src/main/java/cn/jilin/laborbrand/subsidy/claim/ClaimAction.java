package cn.jilin.laborbrand.subsidy.claim;

/** The steps of a claim; what each may do, from where, by whom, is {@link ClaimWorkflow#TABLE}. */
public enum ClaimAction {
    SUBMIT, WITHDRAW, VERIFY, RETURN, REJECT, APPROVE, START_NOTICE, END_NOTICE, BATCH, UNBATCH, PAY, FAIL, REQUEUE, RECOVER
}
