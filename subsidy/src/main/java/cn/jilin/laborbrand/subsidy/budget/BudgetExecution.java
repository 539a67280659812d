package cn.jilin.laborbrand.subsidy.budget;

import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.math.BigDecimal;
import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 资金执行: what the year's budget lines of a region have paid, month by month (paid claims by the Beijing month of
 * their payment, less what was recovered), next to what each line was allocated and still has committed. One grouped
 * query over the year's claims; the regions are those whose budget lines the caller reads.
 */
@Service
public class BudgetExecution {

    /** A region's year: allocated, committed and spent on its lines, and what was paid in each month (index 0 = January). */
    public record RegionYear(String regionCode, BigDecimal allocated, BigDecimal committed, BigDecimal spent, List<BigDecimal> paidByMonth,
                             long paidClaims) {

        public BigDecimal rate() {
            return allocated.signum() == 0 ? BigDecimal.ZERO
                    : spent.multiply(BigDecimal.valueOf(100)).divide(allocated, 1, java.math.RoundingMode.HALF_UP);
        }
    }

    private final JdbcTemplate jdbc;
    private final BudgetService budgets;

    BudgetExecution(JdbcTemplate jdbc, BudgetService budgets) {
        this.jdbc = jdbc;
        this.budgets = budgets;
    }

    /** The year's execution per region (optionally of one policy), in region order; only regions with a budget line. */
    @PreAuthorize("hasAuthority('subsidy:budget:view')")
    @Transactional(readOnly = true)
    public List<RegionYear> of(int year, Long policyId, DataScope scope) {
        DataScope readable = budgets.readable(scope);
        if (readable.kind() == DataScope.Kind.NONE || readable.kind() == DataScope.Kind.EXPERT
                || (readable.kind() == DataScope.Kind.ORGANISATION)) {
            return List.of();
        }
        String[] regions = readable.isProvince() ? null : readable.regionCodes().toArray(String[]::new);
        List<RegionYear> rows = new ArrayList<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select b.region_code, max(b.allocated), max(b.committed), max(b.spent),
                           coalesce(array_agg(m.paid order by m.month) filter (where m.month is not null), '{}'),
                           coalesce(array_agg(m.month order by m.month) filter (where m.month is not null), '{}'),
                           coalesce(sum(m.claims), 0)
                    from (select region_code, sum(allocated) allocated, sum(committed) committed, sum(spent) spent, array_agg(id) ids
                          from subsidy_budget
                          where year = ? and (?::bigint is null or policy_id = ?) and (?::varchar[] is null or region_code = any (?))
                          group by region_code) b
                    left join lateral (
                          select extract(month from c.paid_at at time zone ?)::int as month, sum(c.amount - c.recovered) paid, count(*) claims
                          from subsidy_claim c
                          where c.budget_id = any (b.ids) and c.state in ('PAID', 'RECOVERED') and c.paid_at is not null
                          group by 1) m on true
                    group by b.region_code
                    order by b.region_code""");
            statement.setInt(1, year);
            statement.setObject(2, policyId);
            statement.setObject(3, policyId);
            Array codes = regions == null ? null : connection.createArrayOf("varchar", regions);
            statement.setArray(4, codes);
            statement.setArray(5, codes);
            statement.setString(6, PlatformTime.ZONE.getId());
            return statement;
        }, rs -> {
            BigDecimal[] paid = (BigDecimal[]) rs.getArray(5).getArray();
            Integer[] months = (Integer[]) rs.getArray(6).getArray();
            List<BigDecimal> byMonth = new ArrayList<>(java.util.Collections.nCopies(12, BigDecimal.ZERO.setScale(2)));
            for (int i = 0; i < months.length; i++) {
                byMonth.set(months[i] - 1, paid[i]);
            }
            rows.add(new RegionYear(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), List.copyOf(byMonth),
                    rs.getLong(7)));
        });
        return rows;
    }
}
