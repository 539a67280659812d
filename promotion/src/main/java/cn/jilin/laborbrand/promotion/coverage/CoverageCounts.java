package cn.jilin.laborbrand.promotion.coverage;

import cn.jilin.laborbrand.platform.scope.DataScope;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Coverage counted per brand and per prefecture in one grouped query each, the caller's scope part of the SQL (a
 * region scope: its codes; the province: all; any other scope: nothing).
 */
@Component
class CoverageCounts {

    private static final String KINDS = """
            count(*) filter (where c.kind = 'TV') as tv, count(*) filter (where c.kind = 'NEWSPAPER') as newspaper,
            count(*) filter (where c.kind = 'NEW_MEDIA') as new_media, count(*) filter (where c.kind = 'RADIO') as radio,
            count(*) filter (where c.kind = 'FILM') as film, count(*) as total""";

    private final NamedParameterJdbcTemplate jdbc;

    CoverageCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CoverageCount> byBrand(CoverageFilter filter, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select cb.brand_id::text as key, " + KINDS
                + " from media_coverage c join media_coverage_brand cb on cb.coverage_id = c.id where " + where(filter, scope, params)
                + " group by cb.brand_id order by total desc, cb.brand_id";
        return jdbc.query(sql, params, (rs, n) -> count(rs));
    }

    List<CoverageCount> byCity(CoverageFilter filter, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select coalesce(case r.level when 'COUNTY' then r.parent_code when 'PREFECTURE' then r.code end, c.region_code) as key, "
                + KINDS + " from media_coverage c join region r on r.code = c.region_code where " + where(filter, scope, params)
                + " group by 1 order by total desc, 1";
        return jdbc.query(sql, params, (rs, n) -> count(rs));
    }

    private static CoverageCount count(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CoverageCount(rs.getString("key"), null, rs.getLong("tv"), rs.getLong("newspaper"), rs.getLong("new_media"),
                rs.getLong("radio"), rs.getLong("film"), rs.getLong("total"));
    }

    private static String where(CoverageFilter filter, DataScope scope, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        switch (scope.kind()) {
            case PROVINCE -> where.append("true");
            case REGION -> {
                where.append("c.region_code in (:scope)");
                params.addValue("scope", scope.regionCodes());
            }
            default -> where.append("false");
        }
        if (filter.regionCodes() != null && !filter.regionCodes().isEmpty()) {
            where.append(" and c.region_code in (:regions)");
            params.addValue("regions", filter.regionCodes());
        }
        if (filter.brandId() != null) {
            where.append(" and exists (select 1 from media_coverage_brand x where x.coverage_id = c.id and x.brand_id = :brand)");
            params.addValue("brand", filter.brandId());
        }
        if (filter.kind() != null) {
            where.append(" and c.kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (filter.year() != null) {
            where.append(" and c.published_on between :from and :to");
            params.addValue("from", Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
            params.addValue("to", Date.valueOf(LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (c.title like :text or c.outlet like :text)");
            params.addValue("text", "%" + filter.text().strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }
}
