package cn.jilin.laborbrand.registry.alliance;

import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.time.LocalDate;

/** A member row with its brand's public facts (null for an enterprise member). */
record MemberRow(long id, long allianceId, MemberKind kind, Long brandId, Long organisationId, boolean lead, LocalDate joinedOn,
                 String brandName, String brandRegionCode, BrandLevel brandLevel, IndustrySection brandIndustry) {
}
