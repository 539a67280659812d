package cn.jilin.laborbrand.registry.partner;

import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.partner.PartnerArea;
import cn.jilin.laborbrand.platform.partner.PartnerEntitlements;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's registers of issue 14 as the responsible departments read them: 二(三)1's brand finance counted by
 * prefecture ({@link PartnerArea#STARTUPS}: 发展改革委, 财政厅, 人民银行, 银保监局 …) and 二(三)3's industrial parks
 * ({@link PartnerArea#PARKS}: 发展改革委, 工业和信息化厅, 自然资源厅, 商务厅 …), province-wide once the caller's measures
 * entitle it, else 404. Parks are institutions and their figures; nothing here names a person. Exports are audited.
 */
@Service
public class PartnerRegisterService {

    static final String PARK_SUBJECT = "industrial_park";
    static final String FINANCE_SUBJECT = "brand_pledge_loan";
    private static final int EXPORT_LIMIT = 50_000;

    private static final String FINANCE = """
            with rows as (
                select %1$s as prefecture, 'LOAN' as kind, l.amount, l.status = 'OUTSTANDING' as open, null::bigint as brand_id
                from brand_pledge_loan l join region r on r.code = l.region_code
                where (cast(? as integer) is null or extract(year from l.granted_on) = ?)
                union all
                select %1$s, 'POLICY', i.insured_amount, false, i.brand_id
                from brand_insurance i join region r on r.code = i.region_code
                where (cast(? as integer) is null or extract(year from i.starts_on) = ?))
            select prefecture,
                   count(*) filter (where kind = 'LOAN') as loans,
                   coalesce(sum(amount) filter (where kind = 'LOAN'), 0) as pledged,
                   count(*) filter (where kind = 'LOAN' and open) as outstanding,
                   count(*) filter (where kind = 'POLICY') as policies,
                   count(distinct brand_id) filter (where kind = 'POLICY') as insured_brands,
                   coalesce(sum(amount) filter (where kind = 'POLICY'), 0) as insured
            from rows
            group by prefecture""";

    private static final String PARKS = """
            select p.id, p.name, p.region_code, p.positioning,
                   (select count(*) from industrial_park_brand pb where pb.park_id = p.id) as brands,
                   (select count(*) from industrial_park_enterprise pe where pe.park_id = p.id) as enterprises,
                   f.year, f.land_mu, f.building_m2, f.receivables_financing, f.enterprises_in_zones, f.jobs
            from industrial_park p
            join region r on r.code = p.region_code
            left join lateral (select * from industrial_park_figures y where y.park_id = p.id
                               and (cast(? as integer) is null or y.year = ?) order by y.year desc limit 1) f on true
            """;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<PartnerEntitlements> entitlements;
    private final RegionService regions;
    private final AuditService audit;

    PartnerRegisterService(JdbcTemplate jdbc, ObjectProvider<PartnerEntitlements> entitlements, RegionService regions, AuditService audit) {
        this.jdbc = jdbc;
        this.entitlements = entitlements;
        this.regions = regions;
        this.audit = audit;
    }

    /** 二(三)1: pledge loans and brand insurance, one row per prefecture in the plan's order (STARTUPS, else 404). */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional(readOnly = true)
    public List<FinanceFigures> finance(Integer year, DataScope scope) {
        PartnerEntitlements.readable(entitlements, scope, PartnerArea.STARTUPS);
        Map<String, FinanceFigures> rows = new LinkedHashMap<>();
        regions.prefecturesWithin(DataScope.province()).forEach(r -> rows.put(r.getCode(), FinanceFigures.none(r.getCode())));
        jdbc.query(FINANCE.formatted(RegionService.PREFECTURE_OF_R), rs -> {
            String prefecture = rs.getString("prefecture");
            rows.put(prefecture, new FinanceFigures(prefecture, rs.getLong("loans"), rs.getBigDecimal("pledged"), rs.getLong("outstanding"),
                    rs.getLong("policies"), rs.getLong("insured_brands"), rs.getBigDecimal("insured")));
        }, year, year, year, year);
        return List.copyOf(rows.values());
    }

    /** 二(三)3: a page of parks with one year's figures (PARKS, else 404). */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional(readOnly = true)
    public Page<PartnerPark> parks(PartnerParkFilter filter, DataScope scope, Pageable pageable) {
        PartnerEntitlements.readable(entitlements, scope, PartnerArea.PARKS);
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Long total = jdbc.queryForObject("select count(*) from industrial_park p join region r on r.code = p.region_code" + where, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(Arrays.asList(filter.year(), filter.year()));
        pageArgs.addAll(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<PartnerPark> rows = jdbc.query(PARKS + where + " order by r.sort_order, p.name, p.id limit ? offset ?", PartnerRegisterService::park,
                pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** The filtered parks for an Excel export (at most 50,000 rows); the export is recorded. */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional
    public List<PartnerPark> exportParks(PartnerParkFilter filter, DataScope scope) {
        PartnerEntitlements.readable(entitlements, scope, PartnerArea.PARKS);
        List<Object> args = new ArrayList<>(Arrays.asList(filter.year(), filter.year()));
        String where = where(filter, args);
        args.add(EXPORT_LIMIT);
        List<PartnerPark> rows = jdbc.query(PARKS + where + " order by r.sort_order, p.name, p.id limit ?", PartnerRegisterService::park,
                args.toArray());
        audit.record("partner.parks.export", PARK_SUBJECT, null, "rows=" + rows.size());
        return rows;
    }

    private static String where(PartnerParkFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            where.append(" and (r.code = ? or r.parent_code = ?)");
            args.add(filter.regionCode());
            args.add(filter.regionCode());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" and p.name ilike ? escape '\\'");
            args.add(PartnerBrandService.containing(filter.name()));
        }
        return where.toString();
    }

    private static PartnerPark park(ResultSet rs, int n) throws SQLException {
        return new PartnerPark(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"), rs.getString("positioning"),
                rs.getInt("brands"), rs.getInt("enterprises"), rs.getObject("year", Integer.class), rs.getBigDecimal("land_mu"),
                rs.getBigDecimal("building_m2"), rs.getBigDecimal("receivables_financing"), rs.getObject("enterprises_in_zones", Integer.class),
                rs.getObject("jobs", Integer.class));
    }
}
