package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.registry.brand.BrandMaturity;

/** A group of workers that is not a brand yet, as a bureau reports it; maturity is UNNAMED or EMERGING. */
public record GroupFigures(String name, String occupations, int workforceSize, BrandMaturity maturity, String note) {
}
