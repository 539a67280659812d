package cn.jilin.laborbrand.subsidy.claim;

import static cn.jilin.laborbrand.subsidy.claim.ClaimState.APPROVED;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.DRAFT;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.IN_BATCH;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.NOTICE;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.PAID;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.PAYABLE;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.PAYMENT_FAILED;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.RECOVERED;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.REJECTED;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.RETURNED;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.SUBMITTED;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.VERIFIED;
import static cn.jilin.laborbrand.subsidy.claim.ClaimState.WITHDRAWN;

import cn.jilin.laborbrand.platform.workflow.Workflow;

/**
 * The claim workflow in one table (财社〔2017〕164号: 申请 → 初审 → 审批 → 公示 → 拨付). The claimant submits or
 * withdraws; the county or city bureau checks first (初审); the approver of the policy's level approves, puts it on
 * public notice and, the notice over, makes it payable; a fund officer puts it in a batch, and the bank's answer pays or
 * fails it; a paid claim found wrong is recovered by the approver. Who approves never pays (the batch service checks).
 */
final class ClaimWorkflow {

    static final String CLAIM = "subsidy:claim";
    static final String VERIFY = "subsidy:verify";
    static final String DISBURSE = "subsidy:disburse";

    static final Workflow<SubsidyClaim, ClaimState, ClaimAction> TABLE = Workflow
            .of(SubsidyClaim.SUBJECT_TYPE, ClaimAction.class, SubsidyClaim::getId, SubsidyClaim::getState, SubsidyClaim::moveTo)
            .transition(ClaimAction.SUBMIT).from(DRAFT, RETURNED).to(SUBMITTED).permission(CLAIM)
            .transition(ClaimAction.WITHDRAW).from(DRAFT, SUBMITTED, RETURNED).to(WITHDRAWN).permission(CLAIM)
            .transition(ClaimAction.VERIFY).from(SUBMITTED).to(VERIFIED).permission(VERIFY)
            // the first check returns a submitted claim; the approver a verified one
            .transition(ClaimAction.RETURN).from(SUBMITTED, VERIFIED).to(RETURNED).permission(ClaimWorkflow::checkerOf).reason()
            .transition(ClaimAction.REJECT).from(SUBMITTED, VERIFIED, APPROVED, NOTICE).to(REJECTED).permission(ClaimWorkflow::checkerOf).reason()
            .transition(ClaimAction.APPROVE).from(VERIFIED).to(APPROVED).permission(ClaimWorkflow::approver)
            .transition(ClaimAction.START_NOTICE).from(APPROVED).to(NOTICE).permission(ClaimWorkflow::approver)
            .transition(ClaimAction.END_NOTICE).from(NOTICE).to(PAYABLE).permission(ClaimWorkflow::approver)
            .transition(ClaimAction.BATCH).from(PAYABLE).to(IN_BATCH).permission(DISBURSE)
            // a batch cancelled before the bank paid it gives its claims back
            .transition(ClaimAction.UNBATCH).from(IN_BATCH).to(PAYABLE).permission(DISBURSE)
            .transition(ClaimAction.PAY).from(IN_BATCH).to(PAID).permission(DISBURSE)
            .transition(ClaimAction.FAIL).from(IN_BATCH).to(PAYMENT_FAILED).permission(DISBURSE).reason()
            .transition(ClaimAction.REQUEUE).from(PAYMENT_FAILED).to(PAYABLE).permission(DISBURSE)
            .transition(ClaimAction.RECOVER).from(PAID).to(RECOVERED).permission(ClaimWorkflow::approver).reason()
            .build();

    private ClaimWorkflow() {
    }

    private static String approver(SubsidyClaim claim) {
        return claim.getApprovalLevel().permission();
    }

    /** A submitted claim is the first checker's to return or reject; later, the approver's. */
    private static String checkerOf(SubsidyClaim claim) {
        return claim.getState() == SUBMITTED ? VERIFY : approver(claim);
    }
}
