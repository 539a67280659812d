package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.registry.brand.BrandLevel;

/** What an applicant writes: the level sought, why, what the brand has achieved, how it will be built, whom to call. */
public record ApplicationDraft(BrandLevel targetLevel, String reasons, String achievements, String buildingPlan,
                               String contactName, String contactPhone) {
}
