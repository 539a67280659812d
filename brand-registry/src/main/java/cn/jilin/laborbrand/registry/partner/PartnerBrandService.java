package cn.jilin.laborbrand.registry.partner;

import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.partner.PartnerArea;
import cn.jilin.laborbrand.platform.partner.PartnerEntitlements;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(二)3 增强品牌信誉 (and 二(三)2, 二(三)3, 二(一)2): the brands a responsible department may read, province-wide once
 * its measures entitle it to {@link PartnerArea#BRANDS}, else 404. Read-only, no personal data; an export is audited.
 */
@Service
public class PartnerBrandService {

    static final String SUBJECT = "labor_brand";
    /** The columns a list may sort by, as the page names them, and the SQL each stands for. */
    static final Map<String, String> SORTABLE = Map.of("name", "b.name", "regionCode", "b.region_code", "level", "b.level_rank",
            "creditRating", "e.rating", "violations", "violations");
    private static final int EXPORT_LIMIT = 50_000;

    private static final String SELECT = """
            select b.id, b.name, b.region_code, b.level, b.scope, b.type, b.status, e.rating, e.evaluated_on,
                   coalesce(v.violations, 0) as violations, v.last_violation,
                   coalesce(k.trademarks, 0) as trademarks, coalesce(k.patents, 0) as patents
            from labor_brand b
            join region r on r.code = b.region_code
            left join lateral (select ce.rating, ce.evaluated_on from credit_evaluation ce where ce.brand_id = b.id
                               order by ce.evaluated_on desc, ce.id desc limit 1) e on true
            left join lateral (select count(*) as violations, max(cv.occurred_on) as last_violation from credit_violation cv
                               where cv.brand_id = b.id) v on true
            left join lateral (select count(*) filter (where bm.kind = 'TRADEMARK') as trademarks,
                                      count(*) filter (where bm.kind = 'PATENT') as patents
                               from brand_mark bm where bm.brand_id = b.id) k on true
            """;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<PartnerEntitlements> entitlements;
    private final AuditService audit;

    PartnerBrandService(JdbcTemplate jdbc, ObjectProvider<PartnerEntitlements> entitlements, AuditService audit) {
        this.jdbc = jdbc;
        this.entitlements = entitlements;
        this.audit = audit;
    }

    /** A page of brands for a department entitled to BRANDS (404 otherwise). */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional(readOnly = true)
    public Page<PartnerBrand> search(PartnerBrandFilter filter, DataScope scope, Pageable pageable) {
        readable(scope);
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Long total = jdbc.queryForObject("select count(*) from labor_brand b join region r on r.code = b.region_code" + where, Long.class,
                args.toArray());
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<PartnerBrand> rows = jdbc.query(SELECT + where + orderBy(pageable.getSort()) + " limit ? offset ?", PartnerBrandService::row,
                args.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** The filtered list for an Excel export (at most 50,000 rows); the export is recorded. */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional
    public List<PartnerBrand> export(PartnerBrandFilter filter, DataScope scope, Sort sort) {
        readable(scope);
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(EXPORT_LIMIT);
        List<PartnerBrand> rows = jdbc.query(SELECT + where + orderBy(sort) + " limit ?", PartnerBrandService::row, args.toArray());
        audit.record("partner.brands.export", SUBJECT, null, "rows=" + rows.size());
        return rows;
    }

    private void readable(DataScope scope) {
        PartnerEntitlements.readable(entitlements, scope, PartnerArea.BRANDS);
    }

    private static String where(PartnerBrandFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            where.append(" and (r.code = ? or r.parent_code = ?)");
            args.add(filter.regionCode());
            args.add(filter.regionCode());
        }
        if (filter.level() != null) {
            where.append(" and b.level = ?");
            args.add(filter.level().name());
        }
        if (filter.type() != null) {
            where.append(" and b.type = ?");
            args.add(filter.type().name());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" and b.name ilike ? escape '\\'");
            args.add(containing(filter.name()));
        }
        return where.toString();
    }

    /** A LIKE pattern for text containing {@code text} (with escape '\\'): its wildcards match only themselves. */
    static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Only known columns reach the SQL; an unknown sort falls back to level, then name. */
    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                parts.add(column + (order.isAscending() ? " asc" : " desc") + " nulls last");
            }
        }
        parts.add("b.level_rank desc");
        parts.add("b.name");
        parts.add("b.id");
        return " order by " + String.join(", ", parts);
    }

    private static PartnerBrand row(ResultSet rs, int n) throws SQLException {
        Date ratedOn = rs.getDate("evaluated_on");
        Date lastViolation = rs.getDate("last_violation");
        return new PartnerBrand(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"), BrandLevel.valueOf(rs.getString("level")),
                BrandScope.valueOf(rs.getString("scope")), BrandType.valueOf(rs.getString("type")), BrandStatus.valueOf(rs.getString("status")),
                rs.getString("rating"), ratedOn == null ? null : ratedOn.toLocalDate(), rs.getInt("violations"),
                lastViolation == null ? null : lastViolation.toLocalDate(), rs.getInt("trademarks"), rs.getInt("patents"));
    }
}
