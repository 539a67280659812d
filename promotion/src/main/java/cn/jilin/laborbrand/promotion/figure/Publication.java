package cn.jilin.laborbrand.promotion.figure;

/** Whether a typical figure stands on the public pages; the states its history records. */
public enum Publication {
    UNPUBLISHED, PUBLISHED
}
