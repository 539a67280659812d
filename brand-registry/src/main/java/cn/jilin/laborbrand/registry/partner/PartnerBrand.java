package cn.jilin.laborbrand.registry.partner;

import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import java.time.LocalDate;

/**
 * A brand as a department sees it: what the registry says of the brand itself, its latest credit rating (null before
 * any evaluation), its violations (all, and the latest date), its trademarks and patents. Nothing about a person.
 */
public record PartnerBrand(long id, String name, String regionCode, BrandLevel level, BrandScope scope, BrandType type, BrandStatus status,
                           String creditRating, LocalDate ratedOn, int violations, LocalDate lastViolation, int trademarks, int patents) {
}
