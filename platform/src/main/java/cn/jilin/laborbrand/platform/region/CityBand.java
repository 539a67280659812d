package cn.jilin.laborbrand.platform.region;

/**
 * A per-city target's band, e.g. 二(一)2 "每个市（州）建立1-2个劳务品牌培育基地": every 市（州） is to hold from {@code min} to
 * {@code max}, both included. The numbers come from the plan's target row (governance's plan_target); the rule of where a
 * prefecture-level unit stands against them is here, once, for every page that shows it.
 */
public record CityBand(int min, int max) {

    /** Where a prefecture-level unit stands: below, within or above the band; or beside it (not a 市（州）, not counted). */
    public enum Standing {
        BELOW, WITHIN, ABOVE, BESIDE;

        /** Within the band: counted as meeting the target. */
        public boolean isMet() {
            return this == WITHIN;
        }
    }

    public CityBand {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("band " + min + "-" + max);
        }
    }

    /**
     * Where a prefecture-level unit with {@code value} stands: 长白山管委会 and 梅河口市 are beside the cities whatever their
     * value; a 市（州） is within when min ≤ value ≤ max.
     */
    public Standing standing(Region prefecture, long value) {
        if (!prefecture.isCity()) {
            return Standing.BESIDE;
        }
        if (value < min) {
            return Standing.BELOW;
        }
        return value > max ? Standing.ABOVE : Standing.WITHIN;
    }
}
