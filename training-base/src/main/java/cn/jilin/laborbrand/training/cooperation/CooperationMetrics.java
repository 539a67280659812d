package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 二(二)2: people placed through labour cooperation — trained brand workers placed on vacancies plus the headcount of
 * others sent — by the prefecture of the region that runs the cooperation.
 */
@Configuration(proxyBeanMethods = false)
class CooperationMetrics {

    static final String PLACED = "cooperation.placed";

    @Bean
    PlanMetric peoplePlacedThroughCooperation(PlacementService placements, RegionService regions) {
        return PlanMetric.of(PLACED, () -> {
            long total = 0;
            Map<String, Long> byPrefecture = new HashMap<>();
            for (PlacedByRegion row : placements.placedByRegion()) {
                total += row.people();
                regions.prefectureOf(row.regionCode()).ifPresent(p -> byPrefecture.merge(p, row.people(), Long::sum));
            }
            return new MetricReading(total, byPrefecture);
        });
    }
}
