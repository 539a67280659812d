package cn.jilin.laborbrand.registry.brand;

/** What lists of other records show of a brand: its name, home region and level. */
public record BrandName(long id, String name, String regionCode, BrandLevel level) {
}
