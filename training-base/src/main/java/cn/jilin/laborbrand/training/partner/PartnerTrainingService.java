package cn.jilin.laborbrand.training.partner;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.metric.Counted;
import cn.jilin.laborbrand.platform.metric.PeriodicCount;
import cn.jilin.laborbrand.platform.partner.PartnerArea;
import cn.jilin.laborbrand.platform.partner.PartnerEntitlements;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.trainee.PriorityGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(二)1 提高技能含量 and 二(二)2 扩大就业规模 as figures for the departments that answer for them (教育厅; 农业农村厅,
 * 商务厅, 乡村振兴局), province-wide once their measures entitle them, else 404. Counts only; exports are audited.
 * Counting distinct persons over a province's rosters takes two seconds of the database at 600,000 trainees, so both
 * tables are counted at most once per {@code laborbrand.partner.freshness} (ten minutes by default) on this node, for
 * every year and for all years in one query, and filtered and paged from there; the pages say when they were counted.
 */
@Service
public class PartnerTrainingService {

    static final String SUBJECT = "training_course";

    /** Each row twice: for the year its courses started, and (year null) for all years; distinct persons do not add up. */
    private static final String TRAINING = """
            select prefecture, occupation_code, occupation_name, sort_order, case when grouping(year) = 0 then year end as year,
                   count(distinct course_id) as courses, count(distinct trainee_key) as trained,
                   count(distinct certificate_id) as certificates, count(distinct certified_key) as certified
            from (select %s as prefecture, c.occupation_code, o.name as occupation_name, o.sort_order,
                         extract(year from c.start_date)::int as year, c.id as course_id, t.resident_id_index as trainee_key,
                         ce.id as certificate_id, case when ce.id is not null then t.resident_id_index end as certified_key
                  from training_course c
                  join region r on r.code = c.region_code
                  join occupation o on o.code = c.occupation_code
                  left join trainee t on t.course_id = c.id
                  left join certificate ce on ce.trainee_id = t.id
                  where c.status <> 'CANCELLED') f
            group by grouping sets ((prefecture, occupation_code, occupation_name, sort_order, year),
                                    (prefecture, occupation_code, occupation_name, sort_order))
            order by prefecture, sort_order, occupation_code
            """.formatted(RegionService.PREFECTURE_OF_R);

    private static final String GROUPS = """
            with person as (
                select %s as prefecture, g.grp, extract(year from c.start_date)::int as year, t.resident_id_index,
                       exists (select 1 from labor_dispatch_trainee d where d.trainee_id = t.id) as dispatched
                from trainee t
                join training_course c on c.id = t.course_id
                join region r on r.code = c.region_code
                cross join lateral unnest(string_to_array(nullif(t.priority_groups, ''), ',')) as g (grp)
                where c.status <> 'CANCELLED')
            select p.prefecture, p.grp, case when grouping(p.year) = 0 then p.year end as year,
                   count(distinct p.resident_id_index) as trained,
                   count(distinct p.resident_id_index) filter (where p.dispatched) as dispatched
            from person p
            group by grouping sets ((p.prefecture, p.grp, p.year), (p.prefecture, p.grp))
            order by p.prefecture, p.grp
            """.formatted(RegionService.PREFECTURE_OF_R);

    /** A counted row and the year it is for (null: all years). */
    private record OfYear<F>(Integer year, F figures) {
    }

    private final ObjectProvider<PartnerEntitlements> entitlements;
    private final AuditService audit;
    private final PeriodicCount<List<OfYear<TrainingFigures>>> training;
    private final PeriodicCount<List<OfYear<PriorityGroupFigures>>> groups;

    PartnerTrainingService(JdbcTemplate jdbc, ObjectProvider<PartnerEntitlements> entitlements, AuditService audit, Clock clock,
                           @Value("${laborbrand.partner.freshness:PT10M}") Duration freshness) {
        this.entitlements = entitlements;
        this.audit = audit;
        this.training = new PeriodicCount<>(() -> List.copyOf(jdbc.query(TRAINING, (rs, n) -> new OfYear<>(year(rs),
                new TrainingFigures(rs.getString("prefecture"), rs.getString("occupation_code"), rs.getString("occupation_name"),
                        rs.getLong("courses"), rs.getLong("trained"), rs.getLong("certificates"), rs.getLong("certified"))))), clock, freshness);
        this.groups = new PeriodicCount<>(() -> List.copyOf(jdbc.query(GROUPS, (rs, n) -> new OfYear<>(year(rs),
                new PriorityGroupFigures(rs.getString("prefecture"), PriorityGroup.valueOf(rs.getString("grp")), rs.getLong("trained"),
                        rs.getLong("dispatched"))))), clock, freshness);
    }

    /** 二(二)1: courses, trained and certified persons by prefecture and occupation, a page at a time (TRAINING, else 404). */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional(readOnly = true)
    public Counted<Page<TrainingFigures>> training(TrainingFilter filter, DataScope scope, Pageable pageable) {
        readable(scope, PartnerArea.TRAINING);
        return training.current().map(rows -> {
            List<TrainingFigures> matching = matching(rows, filter);
            int from = (int) Math.min(pageable.getOffset(), matching.size());
            int to = Math.min(from + pageable.getPageSize(), matching.size());
            return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
        });
    }

    /** The same figures for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional
    public List<TrainingFigures> exportTraining(TrainingFilter filter, DataScope scope) {
        readable(scope, PartnerArea.TRAINING);
        List<TrainingFigures> rows = matching(training.current().figures(), filter);
        audit.record("partner.training.export", SUBJECT, null, "rows=" + rows.size());
        return rows;
    }

    /** 二(二)2: persons of each priority group trained and dispatched, by prefecture (PRIORITY_GROUPS, else 404). */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional(readOnly = true)
    public Counted<List<PriorityGroupFigures>> priorityGroups(Integer year, DataScope scope) {
        readable(scope, PartnerArea.PRIORITY_GROUPS);
        return groups.current().map(rows -> ofYear(rows, year));
    }

    /** The same figures for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional
    public List<PriorityGroupFigures> exportPriorityGroups(Integer year, DataScope scope) {
        readable(scope, PartnerArea.PRIORITY_GROUPS);
        List<PriorityGroupFigures> rows = ofYear(groups.current().figures(), year);
        audit.record("partner.priorityGroups.export", SUBJECT, null, "year=" + year + " rows=" + rows.size());
        return rows;
    }

    private void readable(DataScope scope, PartnerArea area) {
        PartnerEntitlements.readable(entitlements, scope, area);
    }

    /** The rows of the filter's year (all years without one), of its prefecture (its counties' courses included) and occupation. */
    private static List<TrainingFigures> matching(List<OfYear<TrainingFigures>> rows, TrainingFilter filter) {
        String prefecture = Text.orNull(filter.prefectureCode());
        String occupation = Text.orNull(filter.occupationCode());
        return ofYear(rows, filter.year()).stream()
                .filter(f -> prefecture == null || prefecture.equals(f.prefectureCode()))
                .filter(f -> occupation == null || occupation.equals(f.occupationCode()))
                .toList();
    }

    private static <F> List<F> ofYear(List<OfYear<F>> rows, Integer year) {
        return rows.stream().filter(r -> Objects.equals(r.year(), year)).map(OfYear::figures).toList();
    }

    private static Integer year(ResultSet rs) throws SQLException {
        int year = rs.getInt("year");
        return rs.wasNull() ? null : year;
    }
}
