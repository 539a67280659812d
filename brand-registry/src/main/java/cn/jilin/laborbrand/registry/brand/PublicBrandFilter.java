package cn.jilin.laborbrand.registry.brand;

import java.util.Collection;

/**
 * Filters of the public directory, any of them empty: the regions of one prefecture-level unit (its own code and its
 * counties'), level, industry section, type and text in the name or occupations.
 */
public record PublicBrandFilter(Collection<String> regionCodes, BrandLevel level, IndustrySection industry, BrandType type, String text) {

    public static PublicBrandFilter none() {
        return new PublicBrandFilter(null, null, null, null, null);
    }
}
