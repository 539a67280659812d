package cn.jilin.laborbrand.registry.livelihood;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figure of 二(一)2's 民生保障型 brands: the regions with a region attribute that have at least one active livelihood
 * brand at home there or below, by prefecture (a region with two attributes counts once).
 */
@Configuration(proxyBeanMethods = false)
class LivelihoodMetrics {

    @Bean
    PlanMetric livelihoodAreasCovered(JdbcTemplate jdbc, RegionService regions) {
        return PlanMetric.of("livelihood.areasCovered", () -> {
            List<String> areas = jdbc.queryForList("select distinct region_code from region_attribute", String.class);
            Set<String> brandRegions = new HashSet<>(jdbc.queryForList(
                    "select distinct region_code from labor_brand where type = 'LIVELIHOOD' and status = 'ACTIVE'", String.class));
            long total = 0;
            Map<String, Long> byPrefecture = new HashMap<>();
            for (String area : areas) {
                if (regions.coveredCodes(area).stream().anyMatch(brandRegions::contains)) {
                    total++;
                    regions.prefectureOf(area).ifPresent(p -> byPrefecture.merge(p, 1L, Long::sum));
                }
            }
            return new MetricReading(total, byPrefecture);
        });
    }
}
