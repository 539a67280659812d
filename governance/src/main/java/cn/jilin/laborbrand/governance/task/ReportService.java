package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.attachment.FileType;
import cn.jilin.laborbrand.platform.attachment.StoredFile;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly progress reports (工作进展): the department that carries a task writes a report for a quarter, with
 * indicators and evidence, and submits it; HRSS accepts it or returns it with a reason; the department amends and
 * submits again. Every step is a transition of {@link ReportAction}, written to the workflow history; the accepted
 * report's status becomes the task's, and filing clears the task's overdue mark.
 */
@Service
public class ReportService {

    static final Set<FileType> FILE_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX, FileType.XLSX);
    static final int MAX_INDICATORS = 20;
    static final String EVIDENCE = "EVIDENCE";
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("quarter"), Sort.Order.asc("departmentOrder"),
            Sort.Order.asc("id"));

    private final ProgressReportRepository reports;
    private final ResponsibilityTaskRepository tasks;
    private final TaskService taskService;
    private final PlanService plan;
    private final WorkflowHistory history;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final Clock clock;

    ReportService(ProgressReportRepository reports, ResponsibilityTaskRepository tasks, TaskService taskService, PlanService plan,
                  WorkflowHistory history, AttachmentService attachments, AuditService audit, Clock clock) {
        this.reports = reports;
        this.tasks = tasks;
        this.taskService = taskService;
        this.plan = plan;
        this.history = history;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------------

    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public Page<ProgressReport> search(ReportFilter filter, DataScope scope, Pageable pageable) {
        return reports.findAll(filter.toSpecification(), scope, pageable);
    }

    @PreAuthorize("hasAuthority('task:view')")
    @Transactional
    public List<ProgressReport> export(ReportFilter filter, DataScope scope) {
        List<ProgressReport> rows = reports.findAll(filter.toSpecification(), scope, NEWEST_FIRST);
        rows.forEach(ProgressReport::withIndicators);
        audit.record("report.export", ProgressReport.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** The reports of a task the caller may see, newest quarter first. */
    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public List<ProgressReport> ofTask(long taskId, DataScope scope) {
        tasks.getById(taskId, scope);
        return reports.findAll(ReportFilter.ofTask(taskId).toSpecification(), scope, NEWEST_FIRST);
    }

    /** A report with its indicators, or 404 when it does not exist or belongs to another department. */
    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public ProgressReport get(long id, DataScope scope) {
        return reports.getById(id, scope).withIndicators();
    }

    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(ProgressReport.SUBJECT_TYPE, reports.getById(id, scope).getId());
    }

    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public List<StoredFile> files(long id, DataScope scope) {
        return attachments.files(ProgressReport.SUBJECT_TYPE, reports.getById(id, scope).getId());
    }

    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public FileContent file(long id, long attachmentId, DataScope scope) {
        return attachments.content(ProgressReport.SUBJECT_TYPE, reports.getById(id, scope).getId(), attachmentId);
    }

    /** The steps the signed-in user may take now on the report. */
    public List<ReportAction> availableActions(ProgressReport report) {
        Set<String> held = permissions();
        return ReportAction.available(report.getState(), held).stream()
                .filter(a -> a != ReportAction.SUBMIT || ownDepartment(report.getOrganisationId()))
                .toList();
    }

    /** Whether the signed-in user may change what the report says (its department, while a draft or returned). */
    public boolean mayEdit(ProgressReport report) {
        return report.getState().isEditable() && permissions().contains(ReportAction.REPORT) && ownDepartment(report.getOrganisationId());
    }

    // ---- the department writes ------------------------------------------------------------------------------------------

    /**
     * Opens the report of a quarter on a task of the caller's department: a quarter from the plan's first reporting
     * quarter to the present, within the task's deadline, once per task.
     */
    @PreAuthorize("hasAuthority('task:report')")
    @Transactional
    public long open(long taskId, Quarter quarter, ReportContent content, DataScope scope) {
        ResponsibilityTask task = tasks.getById(taskId, scope);
        requireOwnDepartment(task.getOrganisationId());
        return create(task, quarter, content, false);
    }

    /** Changes what a draft or returned report says. */
    @PreAuthorize("hasAuthority('task:report')")
    @Transactional
    public void revise(long id, long shownVersion, ReportContent content, DataScope scope) {
        ProgressReport report = editable(id, shownVersion, scope);
        report.write(content.narrative(), content.taskStatus(), validate(content));
        reports.saveAndFlush(report);
        audit.record("report.edit", ProgressReport.SUBJECT_TYPE, id, report.getPeriod() + " " + report.getTaskStatus()
                + " indicators=" + report.getIndicators().size());
    }

    /** Adds a piece of evidence: PDF, JPEG, PNG, DOCX or XLSX (by its bytes), at most 20 MB. */
    @PreAuthorize("hasAuthority('task:report')")
    @Transactional
    public StoredFile attach(long id, String filename, byte[] content, DataScope scope) {
        ProgressReport report = reports.getById(id, scope);
        requireEditable(report);
        return attachments.store(ProgressReport.SUBJECT_TYPE, id, EVIDENCE, filename, content, FILE_TYPES, AttachmentService.MAX_BYTES, "file");
    }

    @PreAuthorize("hasAuthority('task:report')")
    @Transactional
    public void detach(long id, long attachmentId, DataScope scope) {
        ProgressReport report = reports.getById(id, scope);
        requireEditable(report);
        attachments.delete(ProgressReport.SUBJECT_TYPE, id, attachmentId);
    }

    // ---- the workflow ---------------------------------------------------------------------------------------------------

    /**
     * Takes a step of {@link ReportAction}: only a holder of its permission (else 403), only from the states the table
     * allows and on the version the page showed; submitting is for the report's own department, returning needs a reason.
     */
    @PreAuthorize("hasAnyAuthority('task:report', 'task:review')")
    @Transactional
    public void act(long id, long shownVersion, ReportAction action, String comment, DataScope scope) {
        ProgressReport report = reports.getById(id, scope);
        if (!permissions().contains(action.permission())) {
            throw new AccessDeniedException(action + " needs " + action.permission());
        }
        if (action == ReportAction.SUBMIT) {
            requireOwnDepartment(report.getOrganisationId());
        }
        report.requireVersion(shownVersion);
        if (!action.allowedFrom(report.getState())) {
            throw new RuleViolation("report.transition.notAllowed");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (action.needsReason() && text == null) {
            throw new RuleViolation("reason", "report.return.reasonRequired");
        }
        move(report, action, text);
    }

    // ---- demo -------------------------------------------------------------------------------------------------------------

    /**
     * A report with made-up content for the demo, marked as such, for any department; the demo provisioning then takes
     * it through the ordinary steps with {@link #actDemo}. Only {@code demo:provision} holds this.
     */
    @PreAuthorize("hasAuthority('demo:provision')")
    @Transactional
    public long openDemo(long taskId, Quarter quarter, ReportContent content) {
        ResponsibilityTask task = tasks.getById(taskId, DataScope.province());
        return create(task, quarter, content, true);
    }

    @PreAuthorize("hasAuthority('demo:provision')")
    @Transactional
    public void actDemo(long id, ReportAction action, String comment) {
        ProgressReport report = reports.getById(id, DataScope.province());
        if (!action.allowedFrom(report.getState())) {
            throw new RuleViolation("report.transition.notAllowed");
        }
        move(report, action, comment);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------------

    private long create(ResponsibilityTask task, Quarter quarter, ReportContent content, boolean demo) {
        if (quarter == null) {
            throw new RuleViolation("quarter", "NotNull");
        }
        List<Quarter> allowed = OverdueRule.reportable(taskService.today(), task.reportingFrom(plan.document().getReportingFrom()), task.getDeadline());
        if (!allowed.contains(quarter)) {
            throw new RuleViolation("quarter", "report.quarter.notReportable");
        }
        if (reports.existsByTaskIdAndYearAndQuarter(task.getId(), quarter.year(), quarter.quarter())) {
            throw new RuleViolation("quarter", "report.quarter.taken");
        }
        List<Indicator> indicators = validate(content);
        ProgressReport report = new ProgressReport(task, quarter, demo);
        report.write(content.narrative(), content.taskStatus(), indicators);
        reports.saveAndFlush(report);
        history.record(ProgressReport.SUBJECT_TYPE, report.getId(), "open", null, ReportState.DRAFT, demo ? "演示数据" : null);
        return report.getId();
    }

    private void move(ProgressReport report, ReportAction action, String comment) {
        ReportState from = report.getState();
        report.move(action, comment, clock.instant());
        reports.saveAndFlush(report);
        history.record(ProgressReport.SUBJECT_TYPE, report.getId(), action.slug(), from, action.to(), comment);
        ResponsibilityTask task = tasks.getById(report.getTaskId(), DataScope.province());
        if (action == ReportAction.ACCEPT) {
            taskService.refreshStatus(task);
        }
        taskService.refreshOverdue(task);
    }

    private List<Indicator> validate(ReportContent content) {
        if (content.narrative() == null || content.narrative().isBlank()) {
            throw new RuleViolation("narrative", "NotBlank");
        }
        if (content.narrative().strip().length() > 5000) {
            throw new RuleViolation("narrative", "report.narrative.tooLong");
        }
        if (content.taskStatus() == null) {
            throw new RuleViolation("taskStatus", "NotNull");
        }
        List<Indicator> indicators = content.indicators() == null ? List.of() : content.indicators().stream().filter(Objects::nonNull).toList();
        if (indicators.size() > MAX_INDICATORS) {
            throw new RuleViolation("indicators", "report.indicator.tooMany");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (!names.add(indicator.getName())) {
                throw new RuleViolation("indicators[" + i + "].name", "report.indicator.nameTwice");
            }
        }
        return indicators;
    }

    private ProgressReport editable(long id, long shownVersion, DataScope scope) {
        ProgressReport report = reports.getById(id, scope);
        report.requireVersion(shownVersion);
        requireEditable(report);
        return report;
    }

    private void requireEditable(ProgressReport report) {
        requireOwnDepartment(report.getOrganisationId());
        if (!report.getState().isEditable()) {
            throw new RuleViolation("report.notEditable");
        }
    }

    /** A department reports only on its own tasks, whatever its scope (403 otherwise). */
    private static void requireOwnDepartment(long organisationId) {
        if (!ownDepartment(organisationId)) {
            throw new AccessDeniedException("a department reports only on its own tasks");
        }
    }

    private static boolean ownDepartment(long organisationId) {
        Long own = AuditActor.current().organisationId();
        return own != null && own == organisationId;
    }

    private static Set<String> permissions() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
