package cn.jilin.laborbrand.platform.review;

/** An assigned expert's statement on conflicts of interest: none yet, no conflict, or a conflict (the expert withdraws). */
public enum Declaration {
    PENDING, NO_CONFLICT, CONFLICT
}
