package cn.jilin.laborbrand.registry.brand;

/** How many active designated brands share a level, scope and home region. */
record BrandCount(BrandLevel level, BrandScope scope, String regionCode, long count) {
}
