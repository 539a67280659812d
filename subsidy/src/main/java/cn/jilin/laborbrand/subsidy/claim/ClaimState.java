package cn.jilin.laborbrand.subsidy.claim;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim stands: 草稿 → 已提交 → 已初审 → 已审批 → 公示中 → 待拨付 → 拨付中 → 已拨付, or 拨付失败 (back to 待拨付);
 * 已退回 (keeps its input), 不予补贴, 已撤回; and 已追回 for a paid claim found wrong.
 */
public enum ClaimState {
    DRAFT, SUBMITTED, VERIFIED, APPROVED, NOTICE, PAYABLE, IN_BATCH, PAID, PAYMENT_FAILED, RETURNED, REJECTED, WITHDRAWN, RECOVERED;

    /** The states in which a claim's grants count against its people (and block the same grant twice). */
    public static final Set<ClaimState> LIVE = EnumSet.of(SUBMITTED, VERIFIED, APPROVED, NOTICE, PAYABLE, IN_BATCH, PAID, PAYMENT_FAILED);

    /** The states in which its amount is committed on the budget line (approved, not yet paid). */
    public static final Set<ClaimState> COMMITTED = EnumSet.of(APPROVED, NOTICE, PAYABLE, IN_BATCH, PAYMENT_FAILED);

    public boolean isLive() {
        return LIVE.contains(this);
    }
}
