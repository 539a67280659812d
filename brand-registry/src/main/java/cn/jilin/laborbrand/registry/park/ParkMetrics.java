package cn.jilin.laborbrand.registry.park;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The figures of 二(三)3: the number of labor-brand industrial parks and of enterprises in them, by prefecture. */
@Configuration(proxyBeanMethods = false)
class ParkMetrics {

    @Bean
    PlanMetric parkCount(JdbcTemplate jdbc, RegionService regions) {
        return PlanMetric.of("park.count", () -> byPrefecture(jdbc, regions,
                "select region_code, count(*) from industrial_park group by region_code"));
    }

    @Bean
    PlanMetric parkEnterprises(JdbcTemplate jdbc, RegionService regions) {
        return PlanMetric.of("park.enterprises", () -> byPrefecture(jdbc, regions, """
                select p.region_code, count(*) from industrial_park_enterprise e join industrial_park p on p.id = e.park_id
                group by p.region_code"""));
    }

    private static MetricReading byPrefecture(JdbcTemplate jdbc, RegionService regions, String sql) {
        Map<String, Long> byPrefecture = new HashMap<>();
        long[] total = {0};
        jdbc.query(sql, rs -> {
            long count = rs.getLong(2);
            total[0] += count;
            regions.prefectureOf(rs.getString(1)).ifPresent(p -> byPrefecture.merge(p, count, Long::sum));
        });
        return new MetricReading(total[0], byPrefecture);
    }
}
