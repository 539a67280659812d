package cn.jilin.laborbrand.governance.target;

import java.util.List;
import java.util.Map;

/**
 * A target as the targets page shows it: the value now (null when its metric is not measured yet — never zero), what
 * is aimed at, the share reached, the breakdown by prefecture-level unit where the metric has one, the year-end
 * values so far, and for a qualitative target the standing of the tasks that deliver it.
 *
 * @param value     the live value: for PER_REGION the number of prefecture-level units within the band
 * @param aim       the number aimed at (for PER_REGION: every prefecture-level unit); null for QUALITATIVE and MONITOR
 * @param byRegion  prefecture code → value, every prefecture-level unit present (0 where none), in the plan's order;
 *                  empty when the metric has no breakdown
 * @param history   the year-end snapshots, oldest first
 * @param tasks     for QUALITATIVE: the delivering tasks by status name, and "ALL"
 */
public record TargetReading(PlanTarget target, Long value, Integer aim, Map<String, Long> byRegion, List<YearValue> history,
                            Map<String, Long> tasks) {

    public boolean isMeasured() {
        return value != null;
    }

    /** The share of the aim reached, 0–100 (capped), or null. */
    public Integer percent() {
        if (value == null || aim == null || aim == 0) {
            return null;
        }
        return (int) Math.min(100, Math.round(value * 100.0 / aim));
    }

    public boolean isReached() {
        return value != null && aim != null && value >= aim;
    }

    /** A year-end value (demo when made up for the demo). */
    public record YearValue(int year, long value, boolean demo) {
    }
}
