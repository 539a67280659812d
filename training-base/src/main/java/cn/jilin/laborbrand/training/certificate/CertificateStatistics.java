package cn.jilin.laborbrand.training.certificate;

import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(二)1 in figures for other government systems: certificates issued in a year by region, occupation, kind and month,
 * within a scope. Counts only, nothing about a holder.
 */
@Service
public class CertificateStatistics {

    /** One cell of the table: how many certificates of a kind and occupation a region issued in a month (yyyy-MM). */
    public record IssuedCount(String regionCode, String occupationCode, String kind, String month, long count) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CertificateStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Certificates issued in {@code year} within {@code scope}, by region, occupation, kind and month. */
    @Transactional(readOnly = true)
    public List<IssuedCount> issued(DataScope scope, int year) {
        if (!scope.isProvince() && scope.kind() != DataScope.Kind.REGION) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource(Map.of("year", year));
        String where = "";
        if (!scope.isProvince()) {
            where = " and c.region_code in (:regions)";
            params.addValue("regions", scope.regionCodes());
        }
        return jdbc.query("""
                select c.region_code, c.occupation_code, c.kind, to_char(c.issue_date, 'YYYY-MM') as month, count(*) as n
                from certificate c
                where extract(year from c.issue_date) = :year""" + where + " group by 1, 2, 3, 4 order by 4, 1, 2, 3", params,
                (rs, i) -> new IssuedCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
    }
}
