package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.metric.PrefectureCounts;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of the local catalogues: 二(一)1's development plans (the prefecture-level units that have recorded at
 * least one plan for their brands, 1 each) and 二(一)3's key projects (listed in the cities' and the province's
 * catalogues; a city's by its prefecture, the province's in the total only).
 */
@Configuration(proxyBeanMethods = false)
class CatalogMetrics {

    @Bean
    PlanMetric catalogCitiesWithPlan(JdbcTemplate jdbc, RegionService regions) {
        return PlanMetric.of("catalog.citiesWithPlan", () -> {
            Map<String, Long> byPrefecture = new HashMap<>();
            jdbc.queryForList("select distinct region_code from brand_development_plan", String.class)
                    .forEach(code -> regions.prefectureOf(code).ifPresent(p -> byPrefecture.put(p, 1L)));
            return new MetricReading(byPrefecture.size(), byPrefecture);
        });
    }

    @Bean
    PlanMetric catalogKeyProjects(JdbcTemplate jdbc, RegionService regions) {
        return PlanMetric.of("catalog.keyProjects", () -> PrefectureCounts.read(jdbc, regions,
                "select catalog_region, count(*) from catalog_project where status = 'LISTED' group by catalog_region"));
    }
}
