package cn.jilin.laborbrand.registry.livelihood;

import cn.jilin.laborbrand.platform.regionattribute.RegionAttribute;
import cn.jilin.laborbrand.registry.brand.BrandName;
import java.util.List;

/** An area the plan targets and the active 民生保障型 brands whose home region is the area or lies within it. */
public record LivelihoodArea(RegionAttribute attribute, List<BrandName> brands) {

    public LivelihoodArea {
        brands = List.copyOf(brands);
    }

    /** An area without a livelihood brand: a gap the page highlights. */
    public boolean isGap() {
        return brands.isEmpty();
    }
}
