package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly progress reports (工作进展): the department that carries a task writes a report for a quarter, with
 * indicators and evidence ({@link ReportEvidenceService}), and submits it; HRSS accepts it or returns it with a reason;
 * the department amends and submits again. Every step is taken on {@link ReportWorkflow#TABLE} through
 * {@link Workflows#take}; the accepted report's status becomes the task's, and filing clears the task's overdue mark.
 */
@Service
public class ReportService {

    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("quarter"), Sort.Order.asc("departmentOrder"),
            Sort.Order.asc("id"));

    private final ProgressReportRepository reports;
    private final ResponsibilityTaskRepository tasks;
    private final TaskService taskService;
    private final Workflows workflows;
    private final WorkflowHistory history;
    private final CurrentUser user;
    private final AuditService audit;
    private final Clock clock;

    ReportService(ProgressReportRepository reports, ResponsibilityTaskRepository tasks, TaskService taskService, Workflows workflows,
                  WorkflowHistory history, CurrentUser user, AuditService audit, Clock clock) {
        this.reports = reports;
        this.tasks = tasks;
        this.taskService = taskService;
        this.workflows = workflows;
        this.history = history;
        this.user = user;
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

    /**
     * The quarters the task reports on up to today, newest first, each with its due day and its report if opened: the
     * table of the task's page. 404 for a task outside the caller's scope.
     */
    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public List<QuarterLine> quarters(long taskId, DataScope scope) {
        ResponsibilityTask task = tasks.getById(taskId, scope);
        Map<Quarter, ProgressReport> byQuarter = reports.findAll(ReportFilter.ofTask(taskId).toSpecification(), scope, NEWEST_FIRST)
                .stream().collect(Collectors.toMap(ProgressReport::getPeriod, Function.identity()));
        List<QuarterLine> lines = new ArrayList<>();
        for (Quarter quarter : taskService.reportableQuarters(task)) {
            lines.add(new QuarterLine(quarter, taskService.dueDate(quarter), byQuarter.get(quarter)));
        }
        Collections.reverse(lines);
        return lines;
    }

    /** The quarters a report may still be opened for on the task (reportable today, none yet), newest first. */
    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    public List<QuarterLine> openQuarters(long taskId, DataScope scope) {
        return quarters(taskId, scope).stream().filter(line -> line.report() == null).toList();
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

    /**
     * The steps the signed-in user may take now on the report: the table's, submitting only for its own department,
     * returning and accepting only by the office of the task's plan.
     */
    public List<ReportAction> availableActions(ProgressReport report, DataScope scope) {
        return workflows.available(ReportWorkflow.TABLE, report).stream()
                .filter(a -> a != ReportAction.SUBMIT || OwnDepartment.is(report.getOrganisationId()))
                .filter(a -> a == ReportAction.SUBMIT || report.getPlan().reviewedBy(scope))
                .toList();
    }

    /** Whether the signed-in user may change what the report says (its department, while a draft or returned). */
    public boolean mayEdit(ProgressReport report) {
        return report.getState().isEditable() && user.holds(ReportWorkflow.REPORT) && OwnDepartment.is(report.getOrganisationId());
    }

    /** Whether the signed-in user may open reports on the task (its own department's). */
    public boolean mayFile(ResponsibilityTask task) {
        return user.holds(ReportWorkflow.REPORT) && OwnDepartment.is(task.getOrganisationId());
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
        OwnDepartment.require(task.getOrganisationId());
        if (quarter == null) {
            throw new RuleViolation("period", "NotNull");
        }
        if (!taskService.reportableQuarters(task).contains(quarter)) {
            throw new RuleViolation("period", "report.quarter.notReportable");
        }
        if (reports.existsByTaskIdAndYearAndQuarter(task.getId(), quarter.year(), quarter.quarter())) {
            throw new RuleViolation("period", "report.quarter.taken");
        }
        List<Indicator> indicators = content.checked();
        ProgressReport report = new ProgressReport(task, quarter);
        report.write(content.narrative(), content.taskStatus(), indicators);
        reports.saveAndFlush(report);
        history.record(ProgressReport.SUBJECT_TYPE, report.getId(), "open", null, ReportState.DRAFT, null);
        return report.getId();
    }

    /** Changes what a draft or returned report says. */
    @PreAuthorize("hasAuthority('task:report')")
    @Transactional
    public void revise(long id, long shownVersion, ReportContent content, DataScope scope) {
        ProgressReport report = reports.getById(id, scope);
        report.requireVersion(shownVersion);
        requireEditable(report);
        report.write(content.narrative(), content.taskStatus(), content.checked());
        reports.saveAndFlush(report);
        audit.record("report.edit", ProgressReport.SUBJECT_TYPE, id, report.getPeriod() + " " + report.getTaskStatus()
                + " indicators=" + report.getIndicators().size());
    }

    // ---- the workflow ---------------------------------------------------------------------------------------------------

    /**
     * Takes a step of {@link ReportWorkflow#TABLE} on the version the page showed ({@link Workflows#take} checks state,
     * permission and reason); submitting is for the report's own department only, returning and accepting for the
     * office of the task's plan only — HRSS the province's, a city's officers their city's, not a county (403). Afterwards the task takes an
     * accepted report's status, and its overdue mark follows the quarters now filed.
     */
    @PreAuthorize("hasAnyAuthority('task:report', 'task:review')")
    @Transactional
    public void act(long id, long shownVersion, ReportAction action, String comment, DataScope scope) {
        ProgressReport report = reports.getById(id, scope);
        if (action == ReportAction.SUBMIT) {
            OwnDepartment.require(report.getOrganisationId());
        }
        String text = Text.orNull(comment);
        workflows.take(ReportWorkflow.TABLE, action, report, shownVersion, text);
        // after the table's own checks (state, then permission), so that a step the state does not allow reads as such;
        // the transaction is undone with the refusal
        if (action != ReportAction.SUBMIT && !report.getPlan().reviewedBy(scope)) {
            throw new AccessDeniedException("report.review.notYourPlan");
        }
        report.stepped(action, text, clock.instant());
        reports.saveAndFlush(report);
        ResponsibilityTask task = tasks.getById(report.getTaskId(), DataScope.province());
        if (action == ReportAction.ACCEPT) {
            taskService.refreshStatus(task);
        }
        taskService.refreshOverdue(task);
    }

    /** A department changes a report only while it is a draft or returned, and only its own. */
    static void requireEditable(ProgressReport report) {
        OwnDepartment.require(report.getOrganisationId());
        if (!report.getState().isEditable()) {
            throw new RuleViolation("report.notEditable");
        }
    }
}
