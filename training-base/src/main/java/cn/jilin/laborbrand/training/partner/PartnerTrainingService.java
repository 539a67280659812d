package cn.jilin.laborbrand.training.partner;

import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.partner.PartnerArea;
import cn.jilin.laborbrand.platform.partner.PartnerEntitlements;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.trainee.PriorityGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
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
 */
@Service
public class PartnerTrainingService {

    static final String SUBJECT = "training_course";
    private static final int EXPORT_LIMIT = 50_000;

    private static final String PREFECTURE = RegionService.PREFECTURE_OF_R;

    private static final String TRAINING = """
            select %1$s as prefecture, c.occupation_code, o.name as occupation_name, o.sort_order,
                   count(distinct c.id) as courses, count(distinct t.resident_id_index) as trained,
                   count(distinct ce.id) as certificates, count(distinct ce_t.resident_id_index) as certified
            from training_course c
            join region r on r.code = c.region_code
            join occupation o on o.code = c.occupation_code
            left join trainee t on t.course_id = c.id
            left join certificate ce on ce.trainee_id = t.id
            left join trainee ce_t on ce_t.id = ce.trainee_id
            where c.status <> 'CANCELLED'%2$s
            group by 1, c.occupation_code, o.name, o.sort_order
            """;

    private static final String GROUPS = """
            with person as (
                select %1$s as prefecture, g.grp, t.resident_id_index, t.id as trainee_id
                from trainee t
                join training_course c on c.id = t.course_id
                join region r on r.code = c.region_code
                cross join lateral unnest(string_to_array(nullif(t.priority_groups, ''), ',')) as g (grp)
                where c.status <> 'CANCELLED'%2$s)
            select p.prefecture, p.grp, count(distinct p.resident_id_index) as trained,
                   count(distinct p.resident_id_index) filter (where exists (select 1 from labor_dispatch_trainee d where d.trainee_id = p.trainee_id))
                       as dispatched
            from person p
            group by p.prefecture, p.grp
            order by p.prefecture, p.grp
            """;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<PartnerEntitlements> entitlements;
    private final AuditService audit;

    PartnerTrainingService(JdbcTemplate jdbc, ObjectProvider<PartnerEntitlements> entitlements, AuditService audit) {
        this.jdbc = jdbc;
        this.entitlements = entitlements;
        this.audit = audit;
    }

    /** 二(二)1: courses, trained and certified persons by prefecture and occupation, a page at a time (TRAINING, else 404). */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional(readOnly = true)
    public Page<TrainingFigures> training(TrainingFilter filter, DataScope scope, Pageable pageable) {
        readable(scope, PartnerArea.TRAINING);
        List<Object> args = new ArrayList<>();
        String sql = TRAINING.formatted(PREFECTURE, where(filter, args));
        Long total = jdbc.queryForObject("select count(*) from (" + sql + ") g", Long.class, args.toArray());
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<TrainingFigures> rows = jdbc.query(sql + " order by 1, o.sort_order limit ? offset ?", PartnerTrainingService::figures, args.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** The same figures for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional
    public List<TrainingFigures> exportTraining(TrainingFilter filter, DataScope scope) {
        readable(scope, PartnerArea.TRAINING);
        List<Object> args = new ArrayList<>();
        String sql = TRAINING.formatted(PREFECTURE, where(filter, args));
        args.add(EXPORT_LIMIT);
        List<TrainingFigures> rows = jdbc.query(sql + " order by 1, o.sort_order limit ?", PartnerTrainingService::figures, args.toArray());
        audit.record("partner.training.export", SUBJECT, null, "rows=" + rows.size());
        return rows;
    }

    /** 二(二)2: persons of each priority group trained and dispatched, by prefecture (PRIORITY_GROUPS, else 404). */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional(readOnly = true)
    public List<PriorityGroupFigures> priorityGroups(Integer year, DataScope scope) {
        readable(scope, PartnerArea.PRIORITY_GROUPS);
        return groups(year);
    }

    /** The same figures for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional
    public List<PriorityGroupFigures> exportPriorityGroups(Integer year, DataScope scope) {
        readable(scope, PartnerArea.PRIORITY_GROUPS);
        List<PriorityGroupFigures> rows = groups(year);
        audit.record("partner.priorityGroups.export", SUBJECT, null, "year=" + year + " rows=" + rows.size());
        return rows;
    }

    private List<PriorityGroupFigures> groups(Integer year) {
        List<Object> args = new ArrayList<>();
        String sql = GROUPS.formatted(PREFECTURE, where(new TrainingFilter(null, null, year), args));
        return jdbc.query(sql, (rs, n) -> new PriorityGroupFigures(rs.getString("prefecture"), PriorityGroup.valueOf(rs.getString("grp")),
                rs.getLong("trained"), rs.getLong("dispatched")), args.toArray());
    }

    private void readable(DataScope scope, PartnerArea area) {
        PartnerEntitlements.readable(entitlements, scope, area);
    }

    private static String where(TrainingFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (filter.prefectureCode() != null && !filter.prefectureCode().isBlank()) {
            where.append(" and (r.code = ? or r.parent_code = ?)");
            args.add(filter.prefectureCode());
            args.add(filter.prefectureCode());
        }
        if (filter.occupationCode() != null && !filter.occupationCode().isBlank()) {
            where.append(" and c.occupation_code = ?");
            args.add(filter.occupationCode());
        }
        if (filter.year() != null) {
            where.append(" and extract(year from c.start_date) = ?");
            args.add(filter.year());
        }
        return where.toString();
    }

    private static TrainingFigures figures(ResultSet rs, int n) throws SQLException {
        return new TrainingFigures(rs.getString("prefecture"), rs.getString("occupation_code"), rs.getString("occupation_name"),
                rs.getLong("courses"), rs.getLong("trained"), rs.getLong("certificates"), rs.getLong("certified"));
    }
}
