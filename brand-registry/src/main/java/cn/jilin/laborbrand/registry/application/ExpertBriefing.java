package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.review.ReviewAssignment;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandName;

/** What an assigned expert sees of an application before and after declaring on conflicts of interest. */
public record ExpertBriefing(ReviewAssignment assignment, long applicationId, BrandName brand, BrandLevel targetLevel,
                             ApplicationState state) {
}
