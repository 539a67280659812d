package cn.jilin.laborbrand.platform.metric;

import java.util.Map;

/**
 * A metric's value and, where the metric has one, its breakdown by prefecture-level region (GB/T 2260 code of the
 * prefecture, 长白山管委会 and 梅河口市 included); regions with nothing are absent from the map.
 */
public record MetricReading(long value, Map<String, Long> byRegion) {

    public MetricReading {
        byRegion = Map.copyOf(byRegion);
    }

    public static MetricReading of(long value) {
        return new MetricReading(value, Map.of());
    }
}
