package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 申报 in figures for other government systems: brand applications by region, target level and state, within a scope. */
@Service
public class ApplicationStatistics {

    /** One cell: how many applications of a region for a level stand in a state. */
    public record StateCount(String regionCode, String targetLevel, String state, long count) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ApplicationStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Applications (drafts left out: they are nobody's business but their author's) within {@code scope}. */
    @Transactional(readOnly = true)
    public List<StateCount> byState(DataScope scope) {
        if (!scope.isProvince() && scope.kind() != DataScope.Kind.REGION) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = "";
        if (!scope.isProvince()) {
            where = " and a.region_code in (:regions)";
            params.put("regions", scope.regionCodes());
        }
        return jdbc.query("""
                select a.region_code, a.target_level, a.state, count(*) from brand_application a
                where a.state <> 'DRAFT'""" + where + " group by 1, 2, 3 order by 1, 2, 3", params,
                (rs, i) -> new StateCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }
}
