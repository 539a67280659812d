package cn.jilin.laborbrand.training.partner;

import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.partner.PartnerArea;
import cn.jilin.laborbrand.platform.partner.PartnerEntitlements;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(三)1 支持创新创业 and 二(二)2 扩大就业规模 as figures by prefecture for the departments that answer for them
 * (发展改革委, 财政厅, 住房城乡建设厅, 农业农村厅, 人民银行, 银保监局; 农业农村厅, 商务厅, 乡村振兴局), province-wide once
 * their measures entitle them ({@link PartnerArea#STARTUPS}, {@link PartnerArea#COOPERATION}), else 404. A year limits
 * what happened in it (start-ups founded, vacancies posted, placements, follow-ups); carriers, input bases and offices
 * are those there now. Exports are audited.
 */
@Service
public class PartnerStartupService {

    static final String STARTUP_SUBJECT = "startup";
    static final String COOPERATION_SUBJECT = "cooperation_vacancy";

    private static final String STARTUPS = """
            select %1$s as prefecture, count(*) as startups, coalesce(sum(s.jobs_created), 0) as jobs,
                   count(*) filter (where s.startup_training) as trained, count(s.incubator_id) as incubated,
                   count(s.loan_amount) as loans, coalesce(sum(s.loan_amount), 0) as loan_amount,
                   coalesce(sum(s.loan_interest_subsidy), 0) as interest_subsidy,
                   count(*) filter (where s.tax_relief > 0) as tax_relieved, coalesce(sum(s.tax_relief), 0) as tax_relief
            from startup s join region r on r.code = s.region_code
            where (cast(? as integer) is null or extract(year from s.founded_on) = ?)
            group by 1""";

    private static final String INCUBATORS = """
            select %1$s as prefecture, count(*) as incubators, coalesce(sum(i.brand_space_m2), 0) as brand_space,
                   count(*) filter (where i.rent_waived or i.utilities_waived) as fee_waiving,
                   count(*) filter (where i.provincial_excellent) as excellent
            from incubator i join region r on r.code = i.region_code
            group by 1""";

    private static final String COOPERATION = """
            with rows as (
                select %1$s as prefecture, 'BASE' as kind, 1 as n, null::varchar as person
                from inbound_base b join region r on r.code = b.region_code
                where b.signed_on <= ? and (b.valid_until is null or b.valid_until >= ?)
                union all
                select %1$s, 'OFFICE', 1, null from outbound_office o join region r on r.code = o.region_code
                union all
                select %1$s, 'VACANCY', 1, null from cooperation_vacancy v join region r on r.code = v.region_code
                where (cast(? as integer) is null or extract(year from v.posted_on) = ?)
                union all
                select %1$s, 'PLACES', v.places, null from cooperation_vacancy v join region r on r.code = v.region_code
                where (cast(? as integer) is null or extract(year from v.posted_on) = ?)
                union all
                select %1$s, 'OTHER', v.other_headcount, null from cooperation_vacancy v join region r on r.code = v.region_code
                where (cast(? as integer) is null or extract(year from v.posted_on) = ?)
                union all
                select %1$s, 'PLACED', 1, t.resident_id_index from cooperation_placement p
                join trainee t on t.id = p.trainee_id join region r on r.code = p.region_code
                where (cast(? as integer) is null or extract(year from p.placed_on) = ?)
                union all
                select %1$s, 'FOLLOW_UP', 1, null from cooperation_follow_up f join region r on r.code = f.region_code
                where (cast(? as integer) is null or extract(year from f.served_on) = ?))
            select prefecture,
                   coalesce(sum(n) filter (where kind = 'BASE'), 0) as inbound_bases,
                   coalesce(sum(n) filter (where kind = 'OFFICE'), 0) as offices,
                   coalesce(sum(n) filter (where kind = 'VACANCY'), 0) as vacancies,
                   coalesce(sum(n) filter (where kind = 'PLACES'), 0) as places,
                   count(distinct person) filter (where kind = 'PLACED') as placed,
                   coalesce(sum(n) filter (where kind = 'FOLLOW_UP'), 0) as follow_ups,
                   coalesce(sum(n) filter (where kind = 'OTHER'), 0) as other_headcount
            from rows
            group by prefecture""";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<PartnerEntitlements> entitlements;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    PartnerStartupService(JdbcTemplate jdbc, ObjectProvider<PartnerEntitlements> entitlements, RegionService regions, AuditService audit,
                          Clock clock) {
        this.jdbc = jdbc;
        this.entitlements = entitlements;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** 二(三)1: start-ups and incubation carriers, one row per prefecture in the plan's order (STARTUPS, else 404). */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional(readOnly = true)
    public List<StartupFigures> startups(Integer year, DataScope scope) {
        PartnerEntitlements.readable(entitlements, scope, PartnerArea.STARTUPS);
        return startupFigures(year);
    }

    /** The same figures for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional
    public List<StartupFigures> exportStartups(Integer year, DataScope scope) {
        PartnerEntitlements.readable(entitlements, scope, PartnerArea.STARTUPS);
        List<StartupFigures> rows = startupFigures(year);
        audit.record("partner.startups.export", STARTUP_SUBJECT, null, "year=" + year + " rows=" + rows.size());
        return rows;
    }

    /** 二(二)2: labour cooperation, one row per prefecture in the plan's order (COOPERATION, else 404). */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional(readOnly = true)
    public List<CooperationFigures> cooperation(Integer year, DataScope scope) {
        PartnerEntitlements.readable(entitlements, scope, PartnerArea.COOPERATION);
        return cooperationFigures(year);
    }

    /** The same figures for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional
    public List<CooperationFigures> exportCooperation(Integer year, DataScope scope) {
        PartnerEntitlements.readable(entitlements, scope, PartnerArea.COOPERATION);
        List<CooperationFigures> rows = cooperationFigures(year);
        audit.record("partner.cooperation.export", COOPERATION_SUBJECT, null, "year=" + year + " rows=" + rows.size());
        return rows;
    }

    private List<StartupFigures> startupFigures(Integer year) {
        Map<String, StartupFigures> rows = prefectures(StartupFigures::none);
        jdbc.query(STARTUPS.formatted(RegionService.PREFECTURE_OF_R), rs -> {
            String prefecture = rs.getString("prefecture");
            StartupFigures f = rows.computeIfAbsent(prefecture, StartupFigures::none);
            rows.put(prefecture, new StartupFigures(prefecture, rs.getLong("startups"), rs.getLong("jobs"), rs.getLong("trained"),
                    rs.getLong("incubated"), rs.getLong("loans"), rs.getBigDecimal("loan_amount"), rs.getBigDecimal("interest_subsidy"),
                    rs.getLong("tax_relieved"), rs.getBigDecimal("tax_relief"), f.incubators(), f.brandSpace(), f.feeWaiving(), f.excellent()));
        }, year, year);
        jdbc.query(INCUBATORS.formatted(RegionService.PREFECTURE_OF_R), rs -> {
            String prefecture = rs.getString("prefecture");
            StartupFigures f = rows.computeIfAbsent(prefecture, StartupFigures::none);
            rows.put(prefecture, new StartupFigures(prefecture, f.startups(), f.jobs(), f.trainedFounders(), f.incubated(), f.loans(),
                    f.loanAmount(), f.interestSubsidy(), f.taxRelieved(), f.taxRelief(), rs.getLong("incubators"),
                    rs.getBigDecimal("brand_space"), rs.getLong("fee_waiving"), rs.getLong("excellent")));
        });
        return List.copyOf(rows.values());
    }

    private List<CooperationFigures> cooperationFigures(Integer year) {
        Map<String, CooperationFigures> rows = prefectures(CooperationFigures::none);
        Date today = Date.valueOf(LocalDate.now(clock));
        List<Object> args = new ArrayList<>(List.of(today, today));
        for (int i = 0; i < 5; i++) {
            args.add(year);
            args.add(year);
        }
        jdbc.query(COOPERATION.formatted(RegionService.PREFECTURE_OF_R), rs -> {
            String prefecture = rs.getString("prefecture");
            rows.put(prefecture, new CooperationFigures(prefecture, rs.getLong("inbound_bases"), rs.getLong("offices"), rs.getLong("vacancies"),
                    rs.getLong("places"), rs.getLong("placed"), rs.getLong("follow_ups"), rs.getLong("other_headcount")));
        }, args.toArray());
        return List.copyOf(rows.values());
    }

    /** Every prefecture in the plan's order, with nothing recorded yet (a row the figures then replace). */
    private <T> Map<String, T> prefectures(Function<String, T> none) {
        Map<String, T> rows = new LinkedHashMap<>();
        regions.prefecturesWithin(DataScope.province()).forEach(r -> rows.put(r.getCode(), none.apply(r.getCode())));
        return rows;
    }
}
