package cn.jilin.laborbrand.training.incubator;

import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.metric.PrefectureCounts;
import cn.jilin.laborbrand.platform.region.RegionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 二(三)1: the incubation carriers recognised as 省级优秀创业孵化示范基地 (the plan favours carriers that set space aside
 * for brand start-ups and waive their fees), by prefecture.
 */
@Configuration(proxyBeanMethods = false)
class IncubatorMetrics {

    @Bean
    PlanMetric excellentIncubators(JdbcTemplate jdbc, RegionService regions) {
        return PlanMetric.of("incubator.excellent", () -> PrefectureCounts.read(jdbc, regions,
                "select region_code, count(*) from incubator where provincial_excellent group by region_code"));
    }
}
