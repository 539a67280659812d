package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.platform.scope.DataScope;

/**
 * Whose catalogue: the province's guidance catalogue ({@code regionCode} null) or a prefecture-level unit's own resource
 * library (本地区重点劳务品牌资源库, its code). The rule of who keeps a catalogue is said here once: the province keeps
 * its own; a city keeps its own (a region scope on the unit itself, not a county below it). The province reads every
 * city's, and takes into its own what it chooses; a city reads the province's entries of its brands.
 */
public record CatalogOwner(String regionCode) {

    private static final CatalogOwner PROVINCE = new CatalogOwner(null);

    public static CatalogOwner province() {
        return PROVINCE;
    }

    public static CatalogOwner city(String regionCode) {
        if (regionCode == null) {
            throw new IllegalArgumentException("a city's catalogue names its region");
        }
        return new CatalogOwner(regionCode);
    }

    public static CatalogOwner of(String regionCode) {
        return regionCode == null ? PROVINCE : new CatalogOwner(regionCode);
    }

    public boolean isProvince() {
        return regionCode == null;
    }

    /** Whether the scope adds, reviews and removes what this catalogue holds: its own office only. */
    public boolean keptBy(DataScope scope) {
        return isProvince() ? scope.isProvince()
                : scope.kind() == DataScope.Kind.REGION && regionCode.equals(scope.regionCode());
    }
}
