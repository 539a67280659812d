package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.PlatformTime;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subsidy figures of 二(二)1 for the plan's targets: people whose training subsidy was paid in the current calendar
 * year (Beijing time; distinct persons, an institution's claim counting each person on it) and the amount paid for them
 * in whole yuan, by the prefecture of the claim. Only paid claims count: approved, payable or recovered ones do not.
 */
@Configuration(proxyBeanMethods = false)
class SubsidyMetrics {

    static final String PEOPLE = "subsidy.training.paidPeople.currentYear";
    static final String AMOUNT = "subsidy.training.paidAmount.currentYear";

    // one pass: per prefecture-level unit and, in the empty grouping set, the province (distinct persons counted once)
    private static final String PAID_THIS_YEAR = """
            select case r.level when 'COUNTY' then r.parent_code when 'PREFECTURE' then r.code end as prefecture,
                   grouping(case r.level when 'COUNTY' then r.parent_code when 'PREFECTURE' then r.code end) as total,
                   count(distinct p.resident_id_index) as people, coalesce(sum(p.amount), 0) as amount
            from subsidy_claim c
            join subsidy_claim_person p on p.claim_id = c.id
            join region r on r.code = c.region_code
            where c.state = 'PAID' and c.kind = 'TRAINING' and c.paid_at >= ? and c.paid_at < ?
            group by grouping sets ((case r.level when 'COUNTY' then r.parent_code when 'PREFECTURE' then r.code end), ())""";

    @Bean
    PlanMetric subsidisedTrainingPeople(JdbcTemplate jdbc, Clock clock) {
        return PlanMetric.of(PEOPLE, () -> read(jdbc, clock, "people"));
    }

    @Bean
    PlanMetric subsidisedTrainingAmount(JdbcTemplate jdbc, Clock clock) {
        return PlanMetric.of(AMOUNT, () -> read(jdbc, clock, "amount"));
    }

    private static MetricReading read(JdbcTemplate jdbc, Clock clock, String column) {
        int year = LocalDate.now(clock).getYear();
        Timestamp from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(PlatformTime.ZONE).toInstant());
        Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(PlatformTime.ZONE).toInstant());
        long[] total = {0};
        Map<String, Long> byPrefecture = new HashMap<>();
        jdbc.query(PAID_THIS_YEAR, rs -> {
            long value = rs.getBigDecimal(column).setScale(0, RoundingMode.HALF_UP).longValue();
            if (rs.getInt("total") == 1) {
                total[0] = value;
            } else if (rs.getString("prefecture") != null && value > 0) {
                byPrefecture.put(rs.getString("prefecture"), value);
            }
        }, from, to);
        return new MetricReading(total[0], byPrefecture);
    }
}
