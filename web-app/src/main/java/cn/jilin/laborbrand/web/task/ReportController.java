package cn.jilin.laborbrand.web.task;

import cn.jilin.laborbrand.web.support.FileDownloads;
import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.ProgressReport;
import cn.jilin.laborbrand.governance.task.Quarter;
import cn.jilin.laborbrand.governance.task.ReportAction;
import cn.jilin.laborbrand.governance.task.ReportEvidenceService;
import cn.jilin.laborbrand.governance.task.ReportFilter;
import cn.jilin.laborbrand.governance.task.ReportService;
import cn.jilin.laborbrand.governance.task.ReportState;
import cn.jilin.laborbrand.governance.task.ReportWorkflow;
import cn.jilin.laborbrand.governance.task.ResponsibilityTask;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.governance.task.TaskStatus;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Quarterly progress reports: the department writes one for a quarter of its task, attaches evidence and submits it;
 * HRSS returns it with a reason or accepts it. Which step is allowed to whom is {@link ReportWorkflow#TABLE}; this
 * controller passes the request on ({@code POST /tasks/reports/{id}/{action}}). Also the list of reports (HRSS: those
 * to accept) and its export.
 */
@Controller
@RequestMapping("/tasks")
class ReportController {

    private static final Set<String> SORTABLE = Set.of("year", "quarter", "departmentOrder", "state", "submittedAt");

    private final ReportService reports;
    private final ReportEvidenceService evidence;
    private final TaskService tasks;
    private final PlanService plan;
    private final SmartValidator validator;
    private final Messages messages;
    private final Clock clock;

    ReportController(ReportService reports, ReportEvidenceService evidence, TaskService tasks, PlanService plan,
                     SmartValidator validator, Messages messages, Clock clock) {
        this.reports = reports;
        this.evidence = evidence;
        this.tasks = tasks;
        this.plan = plan;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- the list -------------------------------------------------------------------------------------------------------

    @GetMapping("/reports")
    @PreAuthorize("hasAuthority('task:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long department,
                @RequestParam(required = false) ReportState state, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Integer quarter, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, ReportService.NEWEST_FIRST, SORTABLE);
        Page<ProgressReport> found = reports.search(new ReportFilter(department, state, year, quarter, null, null), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("department", department);
        model.addAttribute("state", state);
        model.addAttribute("year", year);
        model.addAttribute("quarter", quarter);
        model.addAttribute("states", ReportState.values());
        model.addAttribute("departments", plan.departments());
        model.addAttribute("names", tasks.unitNames(found.getContent().stream().map(ProgressReport::getOrganisationId).toList()));
        model.addAttribute("taskMeasures", tasks.measuresOf(found.getContent().stream().map(ProgressReport::getTaskId).toList(), user.scope()));
        model.addAttribute("years", years());
        return "task/reports";
    }

    @GetMapping("/reports/export")
    @PreAuthorize("hasAuthority('task:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long department,
                @RequestParam(required = false) ReportState state, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Integer quarter, Locale locale, HttpServletResponse response) throws IOException {
        List<ProgressReport> rows = reports.export(new ReportFilter(department, state, year, quarter, null, null), user.scope());
        Map<Long, PlanMeasure> measures = tasks.measuresOf(rows.stream().map(ProgressReport::getTaskId).collect(Collectors.toSet()), user.scope());
        Map<Long, String> names = tasks.unitNames(rows.stream().map(ProgressReport::getOrganisationId).toList());
        List<String> headers = Arrays.stream(new String[]{"period", "department", "measure", "state", "taskStatus", "narrative",
                "indicators", "submittedAt", "demo"}).map(h -> messages.text(locale, "report.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "report.export.name"), headers, rows.stream().map(r -> Arrays.<Object>asList(
                messages.text(locale, "report.period", r.getYear(), r.getQuarter()), names.get(r.getOrganisationId()),
                measures.containsKey(r.getTaskId()) ? measures.get(r.getTaskId()).getLabel() : "",
                messages.text(locale, "report.state." + r.getState()), messages.text(locale, "task.status." + r.getTaskStatus()), r.getNarrative(),
                r.getIndicators().stream().map(i -> i.getName() + " " + i.getDisplayValue() + " " + i.getUnit()).collect(Collectors.joining("；")),
                r.getSubmittedAt(), r.isDemo() ? messages.text(locale, "governance.demo") : "")).toList());
    }

    // ---- writing ----------------------------------------------------------------------------------------------------------

    @GetMapping("/{taskId}/reports/new")
    @PreAuthorize("hasAuthority('task:report')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long taskId, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) Integer quarter, Model model) {
        ResponsibilityTask task = tasks.get(taskId, user.scope());
        Quarter chosen = year != null && quarter != null && quarter >= 1 && quarter <= 4 ? new Quarter(year, quarter) : null;
        model.addAttribute("form", ReportForm.empty(chosen));
        return formPage(user, task, null, model);
    }

    @PostMapping("/{taskId}/reports")
    @PreAuthorize("hasAuthority('task:report')")
    String open(@AuthenticationPrincipal SignedInAccount user, @PathVariable long taskId, @ModelAttribute("form") ReportForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        ResponsibilityTask task = tasks.get(taskId, user.scope());
        validate(form, errors);
        return Forms.submit(errors, () -> {
            long id = reports.open(taskId, form.quarter(), form.content(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "report.opened");
            return "redirect:/tasks/reports/" + id;
        }, () -> formPage(user, task, null, model));
    }

    @GetMapping("/reports/{id}")
    @PreAuthorize("hasAuthority('task:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale, Model model) {
        ProgressReport report = reports.get(id, user.scope());
        ResponsibilityTask task = tasks.get(report.getTaskId(), user.scope());
        model.addAttribute("reviewer", tasks.reviewingOffice(task.getPlan()).orElseGet(() -> messages.text(locale, "report.reviewer.province")));
        model.addAttribute("report", report);
        model.addAttribute("task", task);
        model.addAttribute("measure", plan.byId().get(task.getMeasureId()));
        model.addAttribute("departmentName", unitName(report.getOrganisationId()));
        model.addAttribute("files", evidence.files(id, user.scope()));
        model.addAttribute("steps", reports.history(id, user.scope()));
        model.addAttribute("actions", reports.availableActions(report, user.scope()).stream().map(Enum::name).toList());
        model.addAttribute("editable", reports.mayEdit(report));
        model.addAttribute("dueDate", tasks.dueDate(report.getPeriod()));
        return "task/report";
    }

    @GetMapping("/reports/{id}/edit")
    @PreAuthorize("hasAuthority('task:report')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        ProgressReport report = reports.get(id, user.scope());
        if (!reports.mayEdit(report)) {
            redirect.addFlashAttribute("flashError", "report.notEditable");
            return "redirect:/tasks/reports/" + id;
        }
        model.addAttribute("form", ReportForm.of(report));
        return formPage(user, tasks.get(report.getTaskId(), user.scope()), report, model);
    }

    @PostMapping("/reports/{id}")
    @PreAuthorize("hasAuthority('task:report')")
    String revise(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @ModelAttribute("form") ReportForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        ProgressReport report = reports.get(id, user.scope());
        validate(form, errors);
        return Forms.submit(errors, () -> {
            reports.revise(id, form.getVersion(), form.content(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "report.saved");
            return "redirect:/tasks/reports/" + id;
        }, () -> formPage(user, tasks.get(report.getTaskId(), user.scope()), report, model));
    }

    @PostMapping("/reports/{id}/files")
    @PreAuthorize("hasAuthority('task:report')")
    String attach(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        byte[] bytes = file.getBytes();
        return flashing(redirect, id, "report.file.saved", () -> evidence.attach(id, file.getOriginalFilename(), bytes, user.scope()));
    }

    @GetMapping("/reports/{id}/files/{fileId}")
    @PreAuthorize("hasAuthority('task:view')")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long fileId) {
        FileContent file = evidence.file(id, fileId, user.scope());
        return FileDownloads.attachment(file);
    }

    @PostMapping("/reports/{id}/files/{fileId}/delete")
    @PreAuthorize("hasAuthority('task:report')")
    String detach(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        return flashing(redirect, id, "report.file.deleted", () -> evidence.detach(id, fileId, user.scope()));
    }

    // ---- the workflow -----------------------------------------------------------------------------------------------------

    /** A step of {@link ReportWorkflow#TABLE} by its slug (submit, return with a reason, accept); anything else is not a page. */
    @PostMapping("/reports/{id}/{action}")
    @PreAuthorize("hasAnyAuthority('task:report', 'task:review')")
    String act(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable String action,
               @RequestParam long version, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        ReportAction step = ReportWorkflow.TABLE.action(action).orElseThrow(() -> new NotFoundException("report action", action));
        return flashing(redirect, id, "report.done." + step, () -> reports.act(id, version, step, comment, user.scope()));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------------

    /** A step on the report's page: its success or the rule that refused it is the flash message of the page shown again. */
    private static String flashing(RedirectAttributes redirect, long id, String success, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/tasks/reports/" + id;
    }

    private void validate(ReportForm form, BindingResult errors) {
        form.dropBlankLines();
        validator.validate(form, errors);
    }

    private String formPage(SignedInAccount user, ResponsibilityTask task, ProgressReport report, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("report", report);
        model.addAttribute("measure", plan.byId().get(task.getMeasureId()));
        model.addAttribute("departmentName", unitName(task.getOrganisationId()));
        model.addAttribute("statuses", TaskStatus.values());
        if (report == null) {
            model.addAttribute("openQuarters", reports.openQuarters(task.getId(), user.scope()));
        }
        return "task/report-form";
    }

    private String unitName(long organisationId) {
        return tasks.unitNames(List.of(organisationId)).get(organisationId);
    }

    /** The years of the list's filter: from the plan's first reporting year to next year, newest first. */
    private List<Integer> years() {
        int first = Quarter.of(plan.document().getReportingFrom()).year();
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(clock).getYear() + 1; y >= first; y--) {
            years.add(y);
        }
        return years;
    }
}
