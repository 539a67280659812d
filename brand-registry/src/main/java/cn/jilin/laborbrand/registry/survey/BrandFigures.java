package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import java.math.BigDecimal;

/** What a bureau reports about one of its brands for the year: maturity, workforce, income (元), trained, certified. */
public record BrandFigures(long brandId, BrandMaturity maturity, int workforceSize, BigDecimal annualLaborIncome,
                           int trainedCount, int certifiedCount) {
}
