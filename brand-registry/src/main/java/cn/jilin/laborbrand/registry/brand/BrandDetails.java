package cn.jilin.laborbrand.registry.brand;

import java.math.BigDecimal;

/** What a city officer or HRSS enters about a brand; its level is not among them (it changes by designation only). */
public record BrandDetails(String name, String regionCode, BrandScope scope, BrandType type, IndustrySection industry,
                           String occupations, BrandMaturity maturity, int workforceSize, BigDecimal annualLaborIncome,
                           int trainedCount, int certifiedCount, String brandLeader, String trademarkNumber, String story,
                           BrandStatus status) {
}
