package cn.jilin.laborbrand.registry.finance;

import cn.jilin.laborbrand.platform.metric.PrefectureCounts;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of 二(三)1's brand finance: pledge loans granted (outstanding and repaid), and brands with a policy in
 * force at some time of the current year (Beijing time), by prefecture.
 */
@Configuration(proxyBeanMethods = false)
class FinanceMetrics {

    @Bean
    PlanMetric financePledges(JdbcTemplate jdbc, RegionService regions) {
        return PlanMetric.of("finance.pledges", () -> PrefectureCounts.read(jdbc, regions,
                "select region_code, count(*) from brand_pledge_loan group by region_code"));
    }

    @Bean
    PlanMetric financeInsured(JdbcTemplate jdbc, RegionService regions, Clock clock) {
        return PlanMetric.of("finance.insured", () -> {
            LocalDate today = LocalDate.now(clock);
            return PrefectureCounts.read(jdbc, regions, """
                    select b.region_code, count(distinct i.brand_id) from brand_insurance i join labor_brand b on b.id = i.brand_id
                    where i.starts_on <= ? and i.ends_on >= ? group by b.region_code""",
                    Date.valueOf(today.withDayOfYear(today.lengthOfYear())), Date.valueOf(today.withDayOfYear(1)));
        });
    }
}
