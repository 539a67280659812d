package cn.jilin.laborbrand.governance.target;

import cn.jilin.laborbrand.platform.region.CityBand;
import java.util.List;
import java.util.Map;

/**
 * A target as the targets page shows it: the value now (null when its metric is not measured yet — never zero), what
 * is aimed at, the share reached, the breakdown by prefecture-level unit where the metric has one, the year-end
 * values so far, and for a qualitative target the standing of the tasks that deliver it.
 *
 * @param value     the live value: for PER_REGION the number of 市（州） within the band
 * @param aim       the number aimed at (for PER_REGION: the nine 市（州）); null for QUALITATIVE and MONITOR
 * @param byRegion  prefecture code → value, every prefecture-level unit present (0 where none), 长白山管委会 and 梅河口市
 *                  included, in the plan's order; empty when the metric has no breakdown
 * @param standings for a measured PER_REGION target: prefecture code → where it stands against the band (BESIDE for
 *                  长白山管委会 and 梅河口市, which are shown and not counted), in the order of byRegion; empty otherwise
 * @param history   the year-end snapshots, oldest first
 * @param tasks     for QUALITATIVE: the delivering tasks by status name, and "ALL"
 */
public record TargetReading(PlanTarget target, Long value, Integer aim, Map<String, Long> byRegion,
                            Map<String, CityBand.Standing> standings, List<YearValue> history, Map<String, Long> tasks) {

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

    /** For PER_REGION: the 市（州） below the band. */
    public long citiesBelow() {
        return count(CityBand.Standing.BELOW);
    }

    /** For PER_REGION: the 市（州） above the band (shown as above, not counted). */
    public long citiesAbove() {
        return count(CityBand.Standing.ABOVE);
    }

    /** For PER_REGION: the codes of the units shown beside the 市（州）, not counted (长白山管委会, 梅河口市). */
    public List<String> beside() {
        return standings.entrySet().stream().filter(e -> e.getValue() == CityBand.Standing.BESIDE).map(Map.Entry::getKey).toList();
    }

    private long count(CityBand.Standing standing) {
        return standings.values().stream().filter(s -> s == standing).count();
    }

    /** A year-end value (demo when made up for the demo). */
    public record YearValue(int year, long value, boolean demo) {
    }
}
