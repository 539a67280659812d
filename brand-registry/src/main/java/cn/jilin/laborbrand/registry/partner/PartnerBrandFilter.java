package cn.jilin.laborbrand.registry.partner;

import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandType;

/** The filters of the department's brand view: a prefecture (its counties included), level, type, part of the name. */
public record PartnerBrandFilter(String regionCode, BrandLevel level, BrandType type, String name) {

    public static PartnerBrandFilter none() {
        return new PartnerBrandFilter(null, null, null, null);
    }
}
