package cn.jilin.laborbrand.registry.park;

import cn.jilin.laborbrand.platform.metric.PrefectureCounts;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.RegionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The figures of 二(三)3: the number of labor-brand industrial parks and of enterprises in them, by prefecture. */
@Configuration(proxyBeanMethods = false)
class ParkMetrics {

    @Bean
    PlanMetric parkCount(JdbcTemplate jdbc, RegionService regions) {
        return PlanMetric.of("park.count", () -> PrefectureCounts.read(jdbc, regions,
                "select region_code, count(*) from industrial_park group by region_code"));
    }

    @Bean
    PlanMetric parkEnterprises(JdbcTemplate jdbc, RegionService regions) {
        return PlanMetric.of("park.enterprises", () -> PrefectureCounts.read(jdbc, regions, """
                select p.region_code, count(*) from industrial_park_enterprise e join industrial_park p on p.id = e.park_id
                group by p.region_code"""));
    }
}
