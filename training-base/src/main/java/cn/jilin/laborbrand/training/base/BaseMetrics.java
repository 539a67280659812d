package cn.jilin.laborbrand.training.base;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The base figures of the plan: 15+ provincial cultivation bases (一、工作目标) and 1–2 per city (二(一)2). Counted
 * live: bases designated and not revoked, by prefecture.
 */
@Configuration(proxyBeanMethods = false)
class BaseMetrics {

    /** Provincial bases; target 15. */
    @Bean
    PlanMetric provincialBases(BaseService bases, RegionService regions) {
        return PlanMetric.of("base.provincial", () -> read(bases, regions, true));
    }

    /**
     * Bases per city; target 1–2 each: byRegion the designated bases of each prefecture-level unit, which governance
     * holds against the band of its target row (the nine 市（州） counted, 长白山管委会 and 梅河口市 beside); the value is
     * the number of units with at least one designated base.
     */
    @Bean
    PlanMetric basesPerCity(BaseService bases, RegionService regions) {
        return PlanMetric.of("base.perCity", () -> {
            MetricReading all = read(bases, regions, false);
            return new MetricReading(all.byRegion().values().stream().filter(n -> n > 0).count(), all.byRegion());
        });
    }

    private static MetricReading read(BaseService bases, RegionService regions, boolean provincialOnly) {
        long total = 0;
        Map<String, Long> byPrefecture = new HashMap<>();
        for (DesignatedCount row : bases.designatedCounts()) {
            if (provincialOnly && row.level() != BaseLevel.PROVINCIAL) {
                continue;
            }
            total += row.count();
            regions.prefectureOf(row.regionCode()).ifPresent(p -> byPrefecture.merge(p, row.count(), Long::sum));
        }
        return new MetricReading(total, byPrefecture);
    }
}
