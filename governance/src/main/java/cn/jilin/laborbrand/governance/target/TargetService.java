package cn.jilin.laborbrand.governance.target;

import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.TaskLine;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.metric.Counted;
import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.CityBand;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's targets (一、工作目标) against live figures. Each numeric target names a {@link PlanMetric}, a bean of the
 * module that owns the data, looked up by code; a metric no module provides yet leaves its target "not yet measured"
 * (never zero). Qualitative targets are read from the tasks of the measures that deliver them. Year-end values are
 * kept as snapshots ({@link TargetSnapshotJob}).
 */
@Service
public class TargetService {

    /** The plan's first year: no year-end value before it. */
    static final int FIRST_YEAR = 2022;

    private final PlanTargetRepository targets;
    private final TargetSnapshotRepository snapshots;
    private final ObjectProvider<PlanMetric> metrics;
    private final LiveFigures figures;
    private final TaskService tasks;
    private final PlanService plan;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    TargetService(PlanTargetRepository targets, TargetSnapshotRepository snapshots, ObjectProvider<PlanMetric> metrics,
                  LiveFigures figures, TaskService tasks, PlanService plan, RegionService regions, AuditService audit, Clock clock) {
        this.targets = targets;
        this.snapshots = snapshots;
        this.metrics = metrics;
        this.figures = figures;
        this.tasks = tasks;
        this.plan = plan;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every target with its live value (the figures of {@link #liveFigures()}), breakdown, history and (qualitative) task
     * standing, in the plan's order.
     */
    @PreAuthorize("hasAuthority('plan:view')")
    @Unscoped("the plan's targets: published counts (no record) for everyone who follows the plan, as DESIGN's plan dashboard")
    @Transactional(readOnly = true)
    public List<TargetReading> readings() {
        return readings(figures.current().figures());
    }

    /** The live figures the readings are made of: when they were read, and how long they are kept before being read again. */
    public Counted<Map<String, MetricReading>> liveFigures() {
        return figures.current();
    }

    private List<TargetReading> readings(Map<String, MetricReading> byCode) {
        Map<Long, List<TargetSnapshot>> history = snapshots.findAllByOrderByYear().stream()
                .collect(Collectors.groupingBy(TargetSnapshot::getTargetId));
        List<TaskLine> lines = tasks.lines();
        Map<String, Long> measureIds = plan.measures().stream().collect(Collectors.toMap(PlanMeasure::getCode, PlanMeasure::getId));
        List<TargetReading> readings = new ArrayList<>();
        for (PlanTarget target : targets.findAllByOrderBySortOrder()) {
            List<TargetReading.YearValue> years = history.getOrDefault(target.getId(), List.of()).stream()
                    .map(s -> new TargetReading.YearValue(s.getYear(), s.getValue(), s.isDemo())).toList();
            if (target.getKind() == TargetKind.QUALITATIVE) {
                Set<Long> delivering = target.getTaskMeasures().stream().map(measureIds::get).collect(Collectors.toSet());
                Map<String, Long> counts = new LinkedHashMap<>();
                List<TaskLine> own = lines.stream().filter(l -> delivering.contains(l.measureId())).toList();
                counts.put("ALL", (long) own.size());
                for (var status : cn.jilin.laborbrand.governance.task.TaskStatus.values()) {
                    counts.put(status.name(), own.stream().filter(l -> l.status() == status).count());
                }
                counts.put("OVERDUE", own.stream().filter(TaskLine::overdue).count());
                readings.add(new TargetReading(target, counts.get("DONE"), own.size(), Map.of(), Map.of(), years, counts));
                continue;
            }
            Optional<MetricReading> reading = Optional.ofNullable(byCode.get(target.getMetricCode()));
            readings.add(reading.map(r -> measured(target, r, years)).orElseGet(() -> new TargetReading(target, null, aim(target), Map.of(), Map.of(), years, Map.of())));
        }
        return readings;
    }

    /**
     * The band of a per-city target, read from its row (二(一)2, BASES_PER_CITY: 1–2 bases in every 市（州）); empty for an
     * unknown code or a target of another kind. The plan's own numbers, no record: for pages outside the dashboard (the
     * /bases per-city view), whose module cannot read the plan's targets itself.
     */
    @Transactional(readOnly = true)
    public Optional<CityBand> band(String code) {
        return targets.findByCode(code).map(PlanTarget::getBand);
    }

    /** The number a COUNT target aims at, read from its row (BASES_PROVINCIAL: 15); empty for an unknown code or another kind. */
    @Transactional(readOnly = true)
    public Optional<Integer> aim(String code) {
        return targets.findByCode(code).filter(t -> t.getKind() == TargetKind.COUNT).map(PlanTarget::getTargetValue);
    }

    /** The years for which each target (by code) has a year-end value, without reading the live figures. */
    @PreAuthorize("hasAuthority('plan:view')")
    @Unscoped("the plan's targets: published counts (no record), as readings()")
    @Transactional(readOnly = true)
    public Map<String, Set<Integer>> yearEndsRecorded() {
        Map<Long, String> codes = targets.findAllByOrderBySortOrder().stream().collect(Collectors.toMap(PlanTarget::getId, PlanTarget::getCode));
        Map<String, Set<Integer>> years = new LinkedHashMap<>();
        for (TargetSnapshot snapshot : snapshots.findAllByOrderByYear()) {
            years.computeIfAbsent(codes.get(snapshot.getTargetId()), code -> new TreeSet<>()).add(snapshot.getYear());
        }
        return years;
    }

    /** The codes of the metrics the running modules provide. */
    public Set<String> availableMetrics() {
        return metricsByCode().keySet();
    }

    /**
     * Keeps the values at the end of {@code year} for every measured target that has none for that year yet (the job
     * calls this in January for the year just ended); returns how many were written.
     */
    @PreAuthorize("hasAuthority('task:manage')")
    @Transactional
    public int snapshot(int year) {
        int written = 0;
        for (TargetReading reading : readings(figures.now().figures())) {
            PlanTarget target = reading.target();
            if (target.getKind() == TargetKind.QUALITATIVE || !reading.isMeasured()
                    || snapshots.existsByTargetIdAndYear(target.getId(), year)) {
                continue;
            }
            snapshots.save(new TargetSnapshot(target.getId(), year, reading.value(), reading.byRegion(), clock.instant()));
            audit.record("target.snapshot", "plan_target", target.getId(), target.getCode() + " " + year + "=" + reading.value());
            written++;
        }
        return written;
    }

    /**
     * Records the year-end value of a measured target for a year the platform did not measure itself (the years before it
     * went live), from the province's statistics: once per target and year, for a year already ended; the breakdown, if
     * any, by prefecture-level unit (长白山管委会 and 梅河口市 included, as the live breakdown). Answers the snapshot's id.
     */
    @PreAuthorize("hasAuthority('task:manage')")
    @Transactional
    public long recordYearEnd(String code, int year, long value, Map<String, Long> byRegion) {
        PlanTarget target = targets.findAllByOrderBySortOrder().stream().filter(t -> t.getCode().equals(code)).findFirst()
                .filter(t -> t.getKind() != TargetKind.QUALITATIVE)
                .orElseThrow(() -> new RuleViolation("code", "target.unknown"));
        if (year < FIRST_YEAR || year >= LocalDate.now(clock).getYear()) {
            throw new RuleViolation("year", "target.snapshot.year");
        }
        if (value < 0) {
            throw new RuleViolation("value", "target.snapshot.value");
        }
        Set<String> prefectures = regions.prefectures().stream().map(Region::getCode).collect(Collectors.toSet());
        if (!prefectures.containsAll(byRegion.keySet()) || byRegion.values().stream().anyMatch(v -> v == null || v < 0)) {
            throw new RuleViolation("byRegion", "target.snapshot.region");
        }
        if (snapshots.existsByTargetIdAndYear(target.getId(), year)) {
            throw new RuleViolation("year", "target.snapshot.taken");
        }
        TargetSnapshot snapshot = snapshots.save(new TargetSnapshot(target.getId(), year, value, byRegion, clock.instant()));
        audit.record("target.snapshot", "plan_target", target.getId(), code + " " + year + "=" + value + " (recorded)");
        return snapshot.getId();
    }

    private TargetReading measured(PlanTarget target, MetricReading reading, List<TargetReading.YearValue> years) {
        Map<String, Long> byRegion = new LinkedHashMap<>();
        boolean breakdown = !reading.byRegion().isEmpty() || reading.value() == 0 || target.getKind() == TargetKind.PER_REGION;
        if (breakdown) {
            for (Region prefecture : regions.prefectures()) {
                byRegion.put(prefecture.getCode(), reading.byRegion().getOrDefault(prefecture.getCode(), 0L));
            }
        }
        if (target.getKind() == TargetKind.PER_REGION) {
            // 每个市（州）: each of the nine within [region_min, region_max] of the row counts; the two peers are shown beside
            CityBand band = target.getBand();
            Map<String, CityBand.Standing> standings = new LinkedHashMap<>();
            for (Region prefecture : regions.prefectures()) {
                standings.put(prefecture.getCode(), band.standing(prefecture, byRegion.get(prefecture.getCode())));
            }
            long within = standings.values().stream().filter(CityBand.Standing::isMet).count();
            return new TargetReading(target, within, aim(target), byRegion, standings, years, Map.of());
        }
        return new TargetReading(target, reading.value(), aim(target), byRegion, Map.of(), years, Map.of());
    }

    private Integer aim(PlanTarget target) {
        return switch (target.getKind()) {
            case COUNT -> target.getTargetValue();
            case PER_REGION -> regions.cities().size();
            case QUALITATIVE, MONITOR -> null;
        };
    }

    private Map<String, PlanMetric> metricsByCode() {
        return metrics.orderedStream().collect(Collectors.toMap(PlanMetric::code, Function.identity(), (a, b) -> a));
    }
}
