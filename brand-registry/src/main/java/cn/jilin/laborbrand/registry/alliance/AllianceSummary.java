package cn.jilin.laborbrand.registry.alliance;

/** An alliance in a list: the alliance, its lead's name (null before one is chosen) and its member counts. */
public record AllianceSummary(BrandAlliance alliance, String leadName, long brandCount, long enterpriseCount) {
}
