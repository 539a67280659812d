package cn.jilin.laborbrand.subsidy.policy;

/**
 * The subsidies of the plan: 职业技能培训补贴 and 高技能人才培养补助 (二(二)1); 就业创业服务补助, 社会保险补贴 and 一次性交通补助
 * (二(二)2); 创业培训补贴, 一次性创业补贴 and 创业担保贷款贴息 (二(三)1); and 生活费补贴 (training living allowance).
 */
public enum SubsidyKind {
    TRAINING, HIGH_SKILL, EMPLOYMENT_SERVICE, SOCIAL_INSURANCE, TRANSPORT, STARTUP_TRAINING, STARTUP_GRANT, LOAN_INTEREST, LIVING_ALLOWANCE
}
