package cn.jilin.laborbrand.promotion.event;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 三(三) 定期开展展示交流活动: public events held this calendar year (begun by today, Beijing time), by prefecture; events of
 * the province itself (220000) count in the total only.
 */
@Configuration(proxyBeanMethods = false)
class EventMetrics {

    static final String HELD = "promotion.events.publicHeld.currentYear";

    private static final String COUNT = """
            select case r.level when 'COUNTY' then r.parent_code when 'PREFECTURE' then r.code end as prefecture, count(*) as n
            from promotion_event e join region r on r.code = e.region_code
            where e.public_event and e.starts_on >= ? and e.starts_on <= ?
            group by 1""";

    @Bean
    PlanMetric publicEventsHeldMetric(JdbcTemplate jdbc, Clock clock) {
        return PlanMetric.of(HELD, () -> {
            LocalDate today = LocalDate.now(clock);
            long[] total = {0};
            Map<String, Long> byPrefecture = new HashMap<>();
            jdbc.query(COUNT, rs -> {
                total[0] += rs.getLong("n");
                if (rs.getString("prefecture") != null) {
                    byPrefecture.put(rs.getString("prefecture"), rs.getLong("n"));
                }
            }, Date.valueOf(today.withDayOfYear(1)), Date.valueOf(today));
            return new MetricReading(total[0], byPrefecture);
        });
    }
}
