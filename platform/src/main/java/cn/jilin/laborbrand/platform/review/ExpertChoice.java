package cn.jilin.laborbrand.platform.review;

/**
 * An active expert as the assignment screen shows them: where they are from, whether that is the record's own
 * prefecture (flagged to HRSS), and how often they have declared a conflict of interest before.
 */
public record ExpertChoice(long id, String name, String organisation, String title, String fields, String homeRegionCode,
                           boolean sameRegion, long pastConflicts) {
}
