package cn.jilin.laborbrand.training.trainee;

/** Distinct persons (by the keyed hash of their resident ID) counted in one region: a figure of the plan, no record. */
public record PersonsByRegion(String regionCode, long persons) {
}
