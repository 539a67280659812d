package cn.jilin.laborbrand.platform.review;

/** How much an expert has reviewed: assignments in all, and those they withdrew from for a conflict of interest. */
public record ExpertStanding(long assignments, long conflicts) {
}
