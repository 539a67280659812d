package cn.jilin.laborbrand.registry.brand;

/** 区域品牌 / 行业品牌: a brand tied to a place, or to a trade. */
public enum BrandScope {
    REGIONAL, INDUSTRY
}
