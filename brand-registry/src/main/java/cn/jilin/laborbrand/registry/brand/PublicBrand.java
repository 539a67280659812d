package cn.jilin.laborbrand.registry.brand;

import java.math.BigDecimal;

/**
 * A designated brand as the public sees it: no person's name (the brand leader is left out), no contact, no story text
 * that nobody has checked for personal data; only what the plan asks a brand to be known by.
 *
 * @param yearDesignated the year (Beijing time) the brand reached its present level, null when no step records it
 */
public record PublicBrand(long id, String name, String regionCode, BrandLevel level, Integer yearDesignated, BrandScope scope,
                          BrandType type, IndustrySection industry, String occupations, int workforceSize,
                          BigDecimal annualLaborIncome, int trainedCount, int certifiedCount, String trademarkNumber,
                          boolean hasLogo, boolean demo) {
}
