package cn.jilin.laborbrand.registry.livelihood;

import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeKind;

/** For one kind of area: how many areas the scope has, and how many of them have at least one livelihood brand. */
public record LivelihoodKindSummary(RegionAttributeKind kind, int areas, int covered) {

    public int gaps() {
        return areas - covered;
    }
}
