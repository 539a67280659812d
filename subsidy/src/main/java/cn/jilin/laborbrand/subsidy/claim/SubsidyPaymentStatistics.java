package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subsidies paid, in figures for other government systems (finance, statistics): claims paid in a year by region,
 * policy and month of payment (Beijing time), with the amount paid and the amount recovered since. No payee.
 */
@Service
public class SubsidyPaymentStatistics {

    /** One cell: the claims of a policy a region paid in a month (yyyy-MM), and their amounts in yuan. */
    public record PaidTotal(String regionCode, String policyCode, String subsidyKind, String month, long claims, BigDecimal amount,
                            BigDecimal recovered) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    SubsidyPaymentStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims paid (including those recovered later) in {@code year} within {@code scope}. */
    @Transactional(readOnly = true)
    public List<PaidTotal> paid(DataScope scope, int year) {
        if (!scope.isProvince() && scope.kind() != DataScope.Kind.REGION) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource(Map.of("year", year, "zone", PlatformTime.ZONE_NAME));
        String where = "";
        if (!scope.isProvince()) {
            where = " and c.region_code in (:regions)";
            params.addValue("regions", scope.regionCodes());
        }
        return jdbc.query("""
                select c.region_code, p.code, c.kind, to_char(c.paid_at at time zone :zone, 'YYYY-MM') as month,
                       count(*) as claims, sum(c.amount) as amount, sum(c.recovered) as recovered
                from subsidy_claim c
                join subsidy_policy p on p.id = c.policy_id
                where c.paid_at is not null and c.state in ('PAID', 'RECOVERED')
                  and extract(year from c.paid_at at time zone :zone) = :year""" + where + " group by 1, 2, 3, 4 order by 4, 1, 2", params,
                (rs, i) -> new PaidTotal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getBigDecimal(6).setScale(2), rs.getBigDecimal(7).setScale(2)));
    }
}
