package cn.jilin.laborbrand.training.base;

/** Designated (not revoked) bases of one level in one region, for the plan's targets. */
record DesignatedCount(BaseLevel level, String regionCode, long count) {
}
