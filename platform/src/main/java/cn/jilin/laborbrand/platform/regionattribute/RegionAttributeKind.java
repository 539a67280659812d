package cn.jilin.laborbrand.platform.regionattribute;

/**
 * The areas 二(一)2 names for 民生保障型 brands: 资源枯竭城市 and 独立工矿区 (就业压力较大), 省级乡村振兴重点帮扶县 and
 * 易地扶贫搬迁安置区 (脱贫人口、搬迁群众、农村留守妇女较多). A relocation site is a named place within a county.
 */
public enum RegionAttributeKind {
    RESOURCE_DEPLETED_CITY("资源枯竭城市"), INDEPENDENT_MINING_AREA("独立工矿区"), RURAL_REVITALISATION_COUNTY("省级乡村振兴重点帮扶县"),
    RELOCATION_SITE("易地扶贫搬迁安置区");

    private final String planTerm;

    RegionAttributeKind(String planTerm) {
        this.planTerm = planTerm;
    }

    /** The plan's own words for the kind, as the history records it (pages take the name from the bundles). */
    public String planTerm() {
        return planTerm;
    }

    /** Whether an attribute of this kind names a site within its region (a 安置区), rather than the region itself. */
    public boolean hasSite() {
        return this == RELOCATION_SITE;
    }
}
