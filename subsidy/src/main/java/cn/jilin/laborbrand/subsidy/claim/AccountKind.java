package cn.jilin.laborbrand.subsidy.claim;

/** Where a subsidy is paid: a bank account, or the social-security card's financial account. */
public enum AccountKind {
    BANK, SOCIAL_CARD
}
