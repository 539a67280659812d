package cn.jilin.laborbrand.training.referral;

/** What became of a referred trainee: 已推荐 / 已面试 / 已录用 / 未录用. */
public enum ReferralOutcome {
    REFERRED, INTERVIEWED, HIRED, DECLINED
}
