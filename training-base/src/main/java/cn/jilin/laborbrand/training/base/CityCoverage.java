package cn.jilin.laborbrand.training.base;

import cn.jilin.laborbrand.platform.region.CityBand;

/**
 * One prefecture-level unit against the plan's bases per city (二(一)2, 1–2 by the plan's target row): designated bases
 * by level, those still on their way (registered or recommended), and where the designated ones stand against the band
 * — below, within, above, or beside for 长白山管委会 and 梅河口市, which are shown and not counted.
 */
public record CityCoverage(String regionCode, String regionName, long municipal, long provincial, long pending, CityBand.Standing standing) {

    public long designated() {
        return municipal + provincial;
    }

    /** A 市（州） short of the band: the gap the province view highlights. */
    public boolean isBelow() {
        return standing == CityBand.Standing.BELOW;
    }

    public boolean isWithin() {
        return standing == CityBand.Standing.WITHIN;
    }

    /** A 市（州） with more designated bases than the band allows: shown as above, not counted as meeting the target. */
    public boolean isAbove() {
        return standing == CityBand.Standing.ABOVE;
    }

    /** 长白山管委会 or 梅河口市: shown beside the 市（州）, not counted in the target. */
    public boolean isBeside() {
        return standing == CityBand.Standing.BESIDE;
    }
}
