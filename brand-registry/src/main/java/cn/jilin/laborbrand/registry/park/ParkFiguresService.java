package cn.jilin.laborbrand.registry.park;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.RecordChanges;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's yearly figures (二(三)3: 统筹安排存量资源、土地利用计划、中征应收账款融资服务平台、进驻国家级经济技术开发区): one row per
 * park and year, from the plan's year 2022 to the current year, kept by whoever keeps the park.
 */
@Service
public class ParkFiguresService {

    static final int FIRST_YEAR = 2022;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final BigDecimal MAX_AREA = new BigDecimal("9999999999.99");

    private final IndustrialParkRepository parks;
    private final ParkFiguresRepository figures;
    private final WorkflowHistory history;
    private final Clock clock;

    ParkFiguresService(IndustrialParkRepository parks, ParkFiguresRepository figures, WorkflowHistory history, Clock clock) {
        this.parks = parks;
        this.figures = figures;
        this.history = history;
        this.clock = clock;
    }

    /** One year's figures of a park of the caller's scope, or 404. */
    @PreAuthorize("hasAuthority('park:view')")
    @Transactional(readOnly = true)
    public ParkFigures get(long parkId, long figuresId, DataScope scope) {
        ParkFigures found = figures.getById(figuresId, scope);
        if (found.getParkId() != parkId) {
            throw new cn.jilin.laborbrand.platform.NotFoundException("park figures", figuresId);
        }
        return found;
    }

    /** Records a year's figures of a park of the caller's scope: once per park and year. */
    @PreAuthorize("hasAuthority('park:manage')")
    @Transactional
    public long record(long parkId, FiguresDetails details, DataScope scope) {
        IndustrialPark park = parks.getById(parkId, scope);
        check(details);
        if (exists(parkId, details.year(), null, scope)) {
            throw new RuleViolation("year", "park.figures.yearTaken");
        }
        ParkFigures row = figures.saveAndFlush(new ParkFigures(park, details));
        history.recordChange(IndustrialParkService.OWNER_TYPE, parkId, "figures-create", describe(details));
        return row.getId();
    }

    /** Corrects a year's figures, refusing a stale page and a year the park already has. */
    @PreAuthorize("hasAuthority('park:manage')")
    @Transactional
    public void update(long parkId, long figuresId, long shownVersion, FiguresDetails details, DataScope scope) {
        ParkFigures row = get(parkId, figuresId, scope);
        row.requireVersion(shownVersion);
        check(details);
        if (exists(parkId, details.year(), figuresId, scope)) {
            throw new RuleViolation("year", "park.figures.yearTaken");
        }
        FiguresDetails before = row.details();
        row.apply(details);
        figures.saveAndFlush(row);
        List<String> changes = RecordChanges.between(fields(before), fields(details), Set.of());
        if (!changes.isEmpty()) {
            history.recordChange(IndustrialParkService.OWNER_TYPE, parkId, "figures-edit", before.year() + " 年度：" + String.join("；", changes));
        }
    }

    /** A year's figures field by field, for a correction's changes. */
    private static Map<String, String> fields(FiguresDetails d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("年度", String.valueOf(d.year()));
        fields.put("盘活土地（亩）", d.landMu().toPlainString());
        fields.put("房屋（㎡）", d.buildingM2().toPlainString());
        fields.put("应收账款融资（元）", d.receivablesFinancing().toPlainString());
        fields.put("进入国家级开发区企业", String.valueOf(d.enterprisesInZones()));
        fields.put("就业人数", String.valueOf(d.jobs()));
        return fields;
    }

    /** A year's figures as the park's history tells them, with their units. */
    private static String describe(FiguresDetails d) {
        return d.year() + " 年度：盘活土地 " + d.landMu().toPlainString() + " 亩，房屋 " + d.buildingM2().toPlainString() + " ㎡，应收账款融资 "
                + d.receivablesFinancing().toPlainString() + " 元，进入国家级开发区企业 " + d.enterprisesInZones() + " 家，就业 " + d.jobs() + " 人";
    }

    private boolean exists(long parkId, int year, Long exceptId, DataScope scope) {
        Specification<ParkFigures> same = (root, query, cb) -> exceptId == null
                ? cb.and(cb.equal(root.get("parkId"), parkId), cb.equal(root.get("year"), year))
                : cb.and(cb.equal(root.get("parkId"), parkId), cb.equal(root.get("year"), year), cb.notEqual(root.get("id"), exceptId));
        return figures.count(same, scope) > 0;
    }

    private void check(FiguresDetails d) {
        if (d.year() == null) {
            throw new RuleViolation("year", "park.figures.year.required");
        }
        if (d.year() < FIRST_YEAR || d.year() > LocalDate.now(clock).getYear()) {
            throw new RuleViolation("year", "park.figures.year.range");
        }
        amount("landMu", d.landMu(), MAX_AREA);
        amount("buildingM2", d.buildingM2(), MAX_AMOUNT);
        amount("receivablesFinancing", d.receivablesFinancing(), MAX_AMOUNT);
        count("enterprisesInZones", d.enterprisesInZones());
        count("jobs", d.jobs());
    }

    private static void amount(String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            throw new RuleViolation(field, "park.figures.required");
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new RuleViolation(field, "park.figures.amount.range");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(field, "park.figures.amount.scale");
        }
    }

    private static void count(String field, Integer value) {
        if (value == null) {
            throw new RuleViolation(field, "park.figures.required");
        }
        if (value < 0 || value > 10_000_000) {
            throw new RuleViolation(field, "park.figures.count.range");
        }
    }
}
