package cn.jilin.laborbrand.registry.credit;

/**
 * The rating of a credit evaluation (诚信评价, 二(二)3), best first. A brand whose current rating is {@link #D} may not
 * apply for a level.
 */
public enum CreditRating {
    A, B, C, D
}
