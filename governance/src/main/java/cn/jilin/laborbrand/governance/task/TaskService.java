package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.governance.plan.MeasureLevel;
import cn.jilin.laborbrand.governance.plan.PlanDocument;
import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responsibility tasks (职责分工): one per measure and department of the plan (made by migration), more by decision of
 * the leading group. HRSS plans them (deadline, yearly milestones); the departments report on them quarterly
 * ({@link ReportService}); a task whose quarter's report is missing 15 days after the quarter's end is overdue.
 */
@Service
public class TaskService {

    public static final Sort PLAN_ORDER = Sort.by("measureOrder", "departmentOrder", "id");
    private static final int MAX_MILESTONES = 10;

    private final ResponsibilityTaskRepository tasks;
    private final ProgressReportRepository reports;
    private final PlanService plan;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final CurrentUser user;
    private final AuditService audit;
    private final Clock clock;

    TaskService(ResponsibilityTaskRepository tasks, ProgressReportRepository reports, PlanService plan,
                OrganisationService organisations, RegionService regions, CurrentUser user, AuditService audit, Clock clock) {
        this.tasks = tasks;
        this.regions = regions;
        this.user = user;
        this.reports = reports;
        this.plan = plan;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public Page<ResponsibilityTask> search(TaskFilter filter, DataScope scope, Pageable pageable) {
        return tasks.findAll(filter.toSpecification(), scope, pageable);
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('task:view')")
    @Transactional
    public List<ResponsibilityTask> export(TaskFilter filter, DataScope scope) {
        List<ResponsibilityTask> rows = tasks.findAll(filter.toSpecification(), scope, PLAN_ORDER);
        rows.forEach(ResponsibilityTask::withMilestones);
        audit.record("task.export", ResponsibilityTask.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** A task with its milestones, or 404 when it does not exist or belongs to another department than the caller's. */
    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public ResponsibilityTask get(long id, DataScope scope) {
        return tasks.getById(id, scope).withMilestones();
    }

    /** The measure of each of these tasks the caller may see, by task id: a list's measure column, read in one query. */
    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public Map<Long, PlanMeasure> measuresOf(Collection<Long> taskIds, DataScope scope) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PlanMeasure> measures = plan.byId();
        return tasks.findAll(TaskFilter.ids(taskIds), scope, Sort.unsorted()).stream()
                .collect(Collectors.toMap(ResponsibilityTask::getId, t -> measures.get(t.getMeasureId())));
    }

    /**
     * The names of the units carrying tasks: the plan's departments, and these units (a city's tasks are carried by units
     * the province's plan does not list), by id.
     */
    @PreAuthorize("hasAuthority('task:view')")
    @Unscoped("the names of organisations, public facts of the directory, for the tasks the caller has read within its scope")
    @Transactional(readOnly = true)
    public Map<Long, String> unitNames(Collection<Long> organisationIds) {
        Map<Long, String> names = new java.util.HashMap<>(plan.departmentNames());
        organisations.choices(organisationIds.stream().filter(id -> !names.containsKey(id)).distinct().toList()).values()
                .forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    /** The office that reviews the reports of a plan's tasks: a city's HRSS bureau; empty for the province's (HRSS itself). */
    @Transactional(readOnly = true)
    public java.util.Optional<String> reviewingOffice(PlanOwner owner) {
        if (owner.isProvince()) {
            return java.util.Optional.empty();
        }
        return organisations.choicesOf(OrganisationKind.HRSS_BUREAU).stream().filter(o -> owner.regionCode().equals(o.regionCode()))
                .map(OrganisationChoice::name).findFirst();
    }

    /** The number of tasks and overdue tasks of each city's plan among these prefecture-level units, those the scope covers. */
    @PreAuthorize("hasAuthority('city-plan:view')")
    @Transactional(readOnly = true)
    public Map<String, PlanTaskCount> countsByPlan(Collection<String> prefectures, DataScope scope) {
        List<String> covered = prefectures.stream().filter(scope::coversRegion).toList();
        if (covered.isEmpty()) {
            return Map.of();
        }
        return tasks.countByPlan(covered).stream().collect(Collectors.toMap(PlanTaskCount::regionCode, c -> c));
    }

    /** Every department's tasks, read-only, for the plan's page (二(一)1 … 三(四) with their departments' standing). */
    @PreAuthorize("hasAuthority('plan:view')")
    @Unscoped("the plan's page: every department's task and standing, read-only, for all who follow the plan (DESIGN: departments see the plan dashboard)")
    @Transactional(readOnly = true)
    public List<TaskLine> lines() {
        return tasks.findProvinceLines();
    }

    /** The quarters the department may report on today for this task, oldest first. */
    List<Quarter> reportableQuarters(ResponsibilityTask task) {
        PlanDocument document = plan.document();
        return OverdueRule.reportable(today(), task.reportingFrom(document.getReportingFrom()), task.getDeadline());
    }

    /** When a quarter's report is due. */
    @Transactional(readOnly = true)
    public LocalDate dueDate(Quarter quarter) {
        return quarter.dueDate(plan.document().getReportGraceDays());
    }

    // ---- HRSS plans the tasks -----------------------------------------------------------------------------------------

    /**
     * The plan's office changes a task's deadline, note and yearly milestones (HRSS the province's, a city its own);
     * refused on a page someone changed meanwhile.
     */
    @PreAuthorize("hasAnyAuthority('task:manage', 'city-plan:manage')")
    @Transactional
    public void plan(long id, long shownVersion, TaskPlan change, DataScope scope) {
        ResponsibilityTask task = tasks.getById(id, scope);
        requireManages(task.getPlan(), scope);
        task.requireVersion(shownVersion);
        requireDeadline(change.deadline(), "deadline");
        List<Milestone> milestones = milestones(change.milestones());
        task.plan(change.deadline(), change.note());
        task.replaceMilestones(milestones);
        tasks.saveAndFlush(task);
        audit.record("task.edit", ResponsibilityTask.SUBJECT_TYPE, id, "deadline=" + change.deadline()
                + " milestones=" + milestones.size());
        refreshOverdue(task);
    }

    /**
     * Adds a task to a plan for a unit on a measure it does not carry yet, directly or by a meeting's decision (which
     * passes its id). The province's plan: HRSS, for one of the provincial departments. A city's 推进落实方案: the city's
     * officers (or the province), for the city's or a county's HRSS bureau or one of their departments (市县直部门).
     */
    @PreAuthorize("hasAnyAuthority('task:manage', 'meeting:manage', 'city-plan:manage')")
    @Transactional
    public long create(PlanOwner owner, long measureId, long organisationId, LocalDate deadline, Long decisionId, DataScope scope) {
        requireManages(owner, scope);
        PlanMeasure measure = plan.byId().get(measureId);
        if (measure == null || measure.getLevel() != MeasureLevel.MEASURE) {
            throw new RuleViolation("measureId", "task.measure.unknown");
        }
        OrganisationChoice unit = organisations.choice(organisationId)
                .filter(o -> carries(owner, o))
                .orElseThrow(() -> new RuleViolation("organisationId", owner.isProvince() ? "task.department.unknown" : "task.unit.notInCity"));
        requireDeadline(deadline, "deadline");
        if (tasks.existsByMeasureIdAndOrganisationId(measureId, organisationId)) {
            throw new RuleViolation("organisationId", "task.exists");
        }
        ResponsibilityTask task = tasks.saveAndFlush(new ResponsibilityTask(owner, measureId, organisationId, unit.regionCode(), deadline,
                decisionId, Quarter.of(today()).firstDay()));
        audit.record("task.create", ResponsibilityTask.SUBJECT_TYPE, task.getId(), (owner.isProvince() ? "" : owner.regionCode() + " ")
                + measure.getCode() + " " + unit.name() + (decisionId == null ? "" : " decision=" + decisionId));
        return task.getId();
    }

    /** The units that may carry a task of the plan, in the directory's order (a city's: its own and its counties'). */
    @PreAuthorize("hasAnyAuthority('task:manage', 'meeting:manage', 'city-plan:manage')")
    @Unscoped("the units that may carry a task of the plan: public facts of the directory; adding the task checks the caller runs the plan")
    @Transactional(readOnly = true)
    public List<OrganisationChoice> unitsFor(PlanOwner owner) {
        if (owner.isProvince()) {
            return organisations.choicesOf(OrganisationKind.PROVINCIAL_DEPARTMENT);
        }
        List<OrganisationChoice> units = new ArrayList<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (kind.carriesCityTasks()) {
                organisations.choicesOf(kind).stream().filter(o -> carries(owner, o)).forEach(units::add);
            }
        }
        units.sort(Comparator.comparing((OrganisationChoice o) -> !o.regionCode().equals(owner.regionCode()))
                .thenComparing(OrganisationChoice::regionCode).thenComparing(o -> o.kind() != OrganisationKind.HRSS_BUREAU));
        return units;
    }

    /** The province's plan: a provincial department; a city's: a government unit of the city or of a county below it. */
    boolean carries(PlanOwner owner, OrganisationChoice unit) {
        if (owner.isProvince()) {
            return unit.kind() == OrganisationKind.PROVINCIAL_DEPARTMENT;
        }
        return unit.kind().carriesCityTasks() && owner.regionCode().equals(regions.prefectureOf(unit.regionCode()).orElse(null));
    }

    /**
     * Whether the caller runs the plan: the province's plan needs HRSS's permission (or its meetings'), a city's the
     * city plan's, each within {@link PlanOwner#managedBy}.
     */
    public boolean manages(PlanOwner owner, DataScope scope) {
        boolean permitted = owner.isProvince() ? user.holds("task:manage") || user.holds("meeting:manage") : user.holds("city-plan:manage");
        return permitted && owner.managedBy(scope);
    }

    private void requireManages(PlanOwner owner, DataScope scope) {
        if (!manages(owner, scope)) {
            throw new AccessDeniedException("task.plan.notYours");
        }
    }

    /**
     * A meeting's decision moves the deadline of tasks of its plan (the leading group's the province's, a city meeting's
     * the city's); each change is audited with the decision's id. A task of another plan is refused.
     */
    @PreAuthorize("hasAnyAuthority('meeting:manage', 'city-plan:manage')")
    @Transactional
    public List<ResponsibilityTask> extend(PlanOwner owner, Collection<Long> taskIds, LocalDate deadline, long decisionId, DataScope scope) {
        requireManages(owner, scope);
        requireDeadline(deadline, "deadline");
        if (taskIds == null || taskIds.isEmpty()) {
            throw new RuleViolation("taskIds", "meeting.decision.tasksRequired");
        }
        List<ResponsibilityTask> changed = new ArrayList<>();
        for (Long id : new HashSet<>(taskIds)) {
            ResponsibilityTask task = tasks.getById(id, scope);
            if (!task.getPlan().equals(owner)) {
                throw new RuleViolation("taskIds", "task.plan.other");
            }
            LocalDate before = task.getDeadline();
            task.extend(deadline);
            tasks.saveAndFlush(task);
            audit.record("task.amend", ResponsibilityTask.SUBJECT_TYPE, id, "deadline " + before + " → " + deadline + " decision=" + decisionId);
            refreshOverdue(task);
            changed.add(task);
        }
        changed.sort(Comparator.comparing(ResponsibilityTask::getId));
        return changed;
    }

    // ---- overdue ------------------------------------------------------------------------------------------------------

    /**
     * Marks every task whose quarter's report is late and clears the mark where it no longer is (run daily by
     * {@link OverdueJob}); each change and the run itself are audited.
     */
    @PreAuthorize("hasAuthority('task:manage')")
    @Unscoped("the daily job over the whole province; it hands out counts only")
    @Transactional
    public OverdueRun markOverdue() {
        PlanDocument document = plan.document();
        LocalDate today = today();
        Map<Long, List<FiledQuarter>> filed = reports.findFiledQuarters().stream().collect(Collectors.groupingBy(FiledQuarter::taskId));
        int marked = 0;
        int cleared = 0;
        int overdue = 0;
        List<ResponsibilityTask> all = tasks.findAll(null, DataScope.province(), Sort.by("id"));
        for (ResponsibilityTask task : all) {
            boolean was = task.isOverdue();
            if (apply(task, filed.getOrDefault(task.getId(), List.of()), document, today)) {
                if (task.isOverdue()) {
                    marked++;
                } else if (was) {
                    cleared++;
                }
            }
            if (task.isOverdue()) {
                overdue++;
            }
        }
        OverdueRun run = new OverdueRun(all.size(), marked, cleared, overdue);
        audit.record("task.overdue.run", ResponsibilityTask.SUBJECT_TYPE, null, run.toString());
        return run;
    }

    /** Re-applies the overdue rule to one task after something changed it (a report filed, a new deadline). */
    void refreshOverdue(ResponsibilityTask task) {
        List<FiledQuarter> filed = reports.findFiledQuartersOfTask(task.getId());
        apply(task, filed, plan.document(), today());
    }

    /** Re-computes the task's standing from its accepted reports: the latest quarter's status is the task's. */
    void refreshStatus(ResponsibilityTask task) {
        reports.findFiledQuartersOfTask(task.getId()).stream()
                .filter(f -> f.state() == ReportState.ACCEPTED)
                .max(Comparator.comparing(FiledQuarter::period))
                .ifPresent(latest -> {
                    if (latest.taskStatus() != task.getStatus()) {
                        TaskStatus before = task.getStatus();
                        task.status(latest.taskStatus());
                        tasks.saveAndFlush(task);
                        audit.record("task.status", ResponsibilityTask.SUBJECT_TYPE, task.getId(), before + "→" + latest.taskStatus()
                                + " (" + latest.period() + ")");
                    }
                });
    }

    private boolean apply(ResponsibilityTask task, List<FiledQuarter> filed, PlanDocument document, LocalDate today) {
        Set<Quarter> quarters = filed.stream().map(FiledQuarter::period).collect(Collectors.toSet());
        Quarter doneIn = filed.stream().filter(f -> f.state() == ReportState.ACCEPTED && f.taskStatus() == TaskStatus.DONE)
                .map(FiledQuarter::period).max(Comparator.naturalOrder()).orElse(null);
        Quarter late = OverdueRule.firstLate(today, task.reportingFrom(document.getReportingFrom()), document.getReportGraceDays(), task.getDeadline(),
                doneIn, quarters).orElse(null);
        boolean changed = task.markOverdue(late, today);
        if (changed) {
            tasks.saveAndFlush(task);
            audit.record(late == null ? "task.overdue.cleared" : "task.overdue", ResponsibilityTask.SUBJECT_TYPE, task.getId(),
                    late == null ? null : "missing " + late);
        }
        return changed;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private List<Milestone> milestones(List<Milestone> given) {
        List<Milestone> kept = given == null ? List.of() : given.stream().filter(Objects::nonNull).toList();
        if (kept.size() > MAX_MILESTONES) {
            throw new RuleViolation("milestones", "task.milestone.tooMany");
        }
        Set<Integer> years = new HashSet<>();
        // the list as a whole is at fault: the lines kept are not numbered as the form's
        for (Milestone m : kept) {
            if (m.getYear() < 2022 || m.getYear() > 2035) {
                throw new RuleViolation("milestones", "task.milestone.year");
            }
            if (m.getDescription().isEmpty() || m.getDescription().length() > 500) {
                throw new RuleViolation("milestones", "task.milestone.text");
            }
            if (!years.add(m.getYear())) {
                throw new RuleViolation("milestones", "task.milestone.yearTwice");
            }
        }
        return kept.stream().sorted(Comparator.comparingInt(Milestone::getYear)).toList();
    }

    private static void requireDeadline(LocalDate deadline, String field) {
        if (deadline == null) {
            throw new RuleViolation(field, "NotNull");
        }
        if (deadline.getYear() < 2022 || deadline.getYear() > 2035) {
            throw new RuleViolation(field, "task.deadline.range");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
