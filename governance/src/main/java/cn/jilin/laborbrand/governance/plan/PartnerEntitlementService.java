package cn.jilin.laborbrand.governance.plan;

import cn.jilin.laborbrand.platform.partner.PartnerArea;
import cn.jilin.laborbrand.platform.partner.PartnerEntitlements;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 按职责分工负责: what a provincial department may read because of the measures its organisation answers for — those it
 * carries a responsibility task on (the plan's brackets, any a leading-group decision added, and a predecessor's after a
 * succession) — and the one mapping of measure to area (plan_measure_partner_area, V29).
 * The province sees every area; any other scope (a city, an institution, an expert) none.
 */
@Service
public class PartnerEntitlementService implements PartnerEntitlements {

    private static final String MEASURES = """
            select m.id, m.code, m.title, a.area
            from plan_measure m
            join responsibility_task t on t.measure_id = m.id and t.organisation_id = ? and t.plan_region is null
            left join plan_measure_partner_area a on a.measure_id = m.id
            order by m.sort_order, a.area""";

    private static final String ALL_MEASURES = """
            select m.id, m.code, m.title, a.area
            from plan_measure m
            join plan_measure_partner_area a on a.measure_id = m.id
            order by m.sort_order, a.area""";

    private final JdbcTemplate jdbc;

    PartnerEntitlementService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PartnerArea> areas(DataScope scope) {
        if (scope.isProvince()) {
            return EnumSet.allOf(PartnerArea.class);
        }
        Set<PartnerArea> areas = EnumSet.noneOf(PartnerArea.class);
        measures(scope).forEach(m -> areas.addAll(m.areas()));
        return areas;
    }

    /**
     * The measures of the caller's department with the areas each opens, in the plan's order; province-wide, every
     * measure that opens an area. 三(一) 各部门 is listed for every department though it opens none.
     */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional(readOnly = true)
    public List<PartnerMeasure> measures(DataScope scope) {
        if (scope.isProvince()) {
            return read(ALL_MEASURES);
        }
        if (scope.kind() != DataScope.Kind.ORGANISATION || scope.organisationId() == null) {
            return List.of();
        }
        return read(MEASURES, scope.organisationId());
    }

    private List<PartnerMeasure> read(String sql, Object... args) {
        record Row(long id, String code, String title, String area) {
        }
        List<Row> rows = jdbc.query(sql, (rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getString("area")), args);
        Map<Long, PartnerMeasure> byId = new LinkedHashMap<>();
        for (Row row : rows) {
            PartnerMeasure measure = byId.computeIfAbsent(row.id(), k -> new PartnerMeasure(row.id(), row.code(), row.title(), EnumSet.noneOf(PartnerArea.class)));
            if (row.area() != null) {
                measure.areas().add(PartnerArea.valueOf(row.area()));
            }
        }
        return byId.values().stream().map(m -> new PartnerMeasure(m.measureId(), m.code(), m.title(), Set.copyOf(m.areas()))).toList();
    }
}
