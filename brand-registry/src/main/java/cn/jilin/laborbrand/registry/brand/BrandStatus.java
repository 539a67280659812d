package cn.jilin.laborbrand.registry.brand;

/** Whether a brand is still being built and reported on, or has lapsed. */
public enum BrandStatus {
    ACTIVE, INACTIVE
}
