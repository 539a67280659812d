package cn.jilin.laborbrand.registry.brand;

/** The level a brand is designated at, lowest first: none yet, 市（县）级, 省级, 国家级. */
public enum BrandLevel {
    NONE, MUNICIPAL, PROVINCIAL, NATIONAL;

    public boolean isAbove(BrandLevel other) {
        return compareTo(other) > 0;
    }

    public boolean isDesignated() {
        return this != NONE;
    }
}
