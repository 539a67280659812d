package cn.jilin.laborbrand.web.task;

import cn.jilin.laborbrand.governance.meeting.MeetingService;
import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.Quarter;
import cn.jilin.laborbrand.governance.task.CoordinationService;
import cn.jilin.laborbrand.governance.task.PlanOwner;
import cn.jilin.laborbrand.governance.task.QuarterlyProgress;
import cn.jilin.laborbrand.governance.task.ReportService;
import cn.jilin.laborbrand.governance.task.ResponsibilityTask;
import cn.jilin.laborbrand.governance.task.TaskFilter;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.governance.task.TaskStatus;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /tasks: the responsibility tasks of the caller's department (every department's for HRSS) — list with filters and
 * export, a task's page with its milestones and quarterly reports, HRSS's edit of role, deadline and milestones, and
 * the quarterly progress report of all departments as PDF for the leading group.
 */
@Controller
@RequestMapping("/tasks")
class TaskController {

    static final String PROVINCE_PLAN = "province";
    static final String ALL_PLANS = "all";
    private static final Set<String> SORTABLE = Set.of("measureOrder", "departmentOrder", "deadline", "status", "overdue");

    private final TaskService tasks;
    private final ReportService reports;
    private final QuarterlyProgress progress;
    private final PlanService plan;
    private final MeetingService meetings;
    private final CoordinationService coordination;
    private final RegionService regions;
    private final Messages messages;
    private final Clock clock;

    TaskController(TaskService tasks, ReportService reports, QuarterlyProgress progress, PlanService plan, MeetingService meetings,
                   CoordinationService coordination, RegionService regions, Messages messages, Clock clock) {
        this.regions = regions;
        this.tasks = tasks;
        this.coordination = coordination;
        this.reports = reports;
        this.progress = progress;
        this.plan = plan;
        this.meetings = meetings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long department,
                @RequestParam(required = false) Long measure, @RequestParam(required = false) TaskStatus status,
                @RequestParam(required = false) Boolean overdue, @RequestParam(name = "plan", required = false) String planCode,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, TaskService.PLAN_ORDER, SORTABLE);
        PlanOwner owner = owner(user, planCode);
        Page<ResponsibilityTask> found = tasks.search(new TaskFilter(department, measure, status, overdue, owner), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("plan", owner == null ? (user.scope().isProvince() ? ALL_PLANS : null) : owner.isProvince() ? PROVINCE_PLAN : owner.regionCode());
        model.addAttribute("plans", user.scope().isProvince() ? regions.prefectures() : List.of());
        model.addAttribute("planNames", regions.prefectures().stream().collect(Collectors.toMap(r -> r.getCode(), r -> r.getName())));
        model.addAttribute("names", tasks.unitNames(found.getContent().stream().map(ResponsibilityTask::getOrganisationId).toList()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("department", department);
        model.addAttribute("measure", measure);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        addChoices(model);
        Quarter last = Quarter.of(today()).previous();
        model.addAttribute("pdfQuarters", reversed(Quarter.range(Quarter.of(plan.document().getReportingFrom()), Quarter.of(today()))));
        model.addAttribute("lastQuarter", last);
        return "task/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('task:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long department,
                @RequestParam(required = false) Long measure, @RequestParam(required = false) TaskStatus status,
                @RequestParam(required = false) Boolean overdue, @RequestParam(name = "plan", required = false) String planCode,
                Locale locale, HttpServletResponse response) throws IOException {
        List<ResponsibilityTask> rows = tasks.export(new TaskFilter(department, measure, status, overdue, owner(user, planCode)), user.scope());
        Map<Long, PlanMeasure> measures = plan.byId();
        Map<Long, String> names = tasks.unitNames(rows.stream().map(ResponsibilityTask::getOrganisationId).toList());
        Map<Long, Long> coordinators = coordination.coordinators();
        List<String> headers = Arrays.stream(new String[]{"measure", "measureTitle", "department", "coordinating", "deadline", "status",
                "overdue", "milestones", "note"}).map(h -> messages.text(locale, "task.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "task.export.name"), headers, rows.stream().map(t -> Arrays.<Object>asList(
                measures.get(t.getMeasureId()).getCode(), measures.get(t.getMeasureId()).getTitle(), names.get(t.getOrganisationId()),
                CoordinationService.coordinates(coordinators, t) ? messages.text(locale, "task.coordinating") : "", t.getDeadline(), messages.text(locale, "task.status." + t.getStatus()),
                t.isOverdue() ? messages.text(locale, "task.overdue.since", new Object[]{t.getOverdueQuarter().year(), t.getOverdueQuarter().quarter()}) : "",
                t.getMilestones().stream().map(m -> m.getYear() + "：" + m.getDescription()).collect(Collectors.joining("；")),
                t.getNote())).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('task:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale, Model model) {
        ResponsibilityTask task = tasks.get(id, user.scope());
        model.addAttribute("reviewer", tasks.reviewingOffice(task.getPlan()).orElseGet(() -> messages.text(locale, "report.reviewer.province")));
        model.addAttribute("task", task);
        model.addAttribute("measure", plan.byId().get(task.getMeasureId()));
        model.addAttribute("departmentName", tasks.unitNames(List.of(task.getOrganisationId())).get(task.getOrganisationId()));
        model.addAttribute("coordinatorId", task.getPlan().isProvince() ? coordination.coordinators().get(task.getMeasureId()) : null);
        model.addAttribute("names", names());
        model.addAttribute("planRegion", task.getPlan().isProvince() ? null : regions.find(task.getPlanRegion()).orElseThrow());
        model.addAttribute("mayPlan", tasks.manages(task.getPlan(), user.scope()));
        model.addAttribute("quarters", reports.quarters(id, user.scope()));
        model.addAttribute("canFile", reports.mayFile(task));
        model.addAttribute("decisions", user.can("plan:view") ? meetings.decisionsOnTask(id, user.scope()) : List.of());
        model.addAttribute("today", today());
        return "task/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyAuthority('task:manage', 'city-plan:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        ResponsibilityTask task = tasks.get(id, user.scope());
        model.addAttribute("form", TaskForm.of(task));
        return formPage(task, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('task:manage', 'city-plan:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") TaskForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        ResponsibilityTask task = tasks.get(id, user.scope());
        return Forms.submit(errors, () -> {
            tasks.plan(id, form.getVersion(), form.plan(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "task.saved");
            return "redirect:/tasks/" + id;
        }, () -> formPage(task, model));
    }

    /** 三(一): the quarter's progress of all departments, for the leading group. */
    @GetMapping("/progress.pdf")
    @PreAuthorize("hasAuthority('task:review')")
    ResponseEntity<byte[]> progressPdf(@AuthenticationPrincipal SignedInAccount user, @RequestParam int year, @RequestParam int quarter) {
        if (quarter < 1 || quarter > 4 || year < 2022 || year > 2099) {
            return ResponseEntity.badRequest().build();
        }
        Quarter period = new Quarter(year, quarter);
        byte[] document = progress.pdf(period, user.scope());
        String filename = "劳务品牌建设工作进展-" + QuarterlyProgress.label(period) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    private String formPage(ResponsibilityTask task, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("measure", plan.byId().get(task.getMeasureId()));
        model.addAttribute("departmentName", tasks.unitNames(List.of(task.getOrganisationId())).get(task.getOrganisationId()));
        return "task/form";
    }

    private void addChoices(Model model) {
        model.addAttribute("measures", plan.measures());
        model.addAttribute("measuresById", plan.byId());
        model.addAttribute("departments", plan.departments());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("coordinators", coordination.coordinators());
    }

    private Map<Long, String> names() {
        return plan.departmentNames();
    }

    /**
     * Whose tasks a list shows: the province sees its own plan's unless it asks for a city's ({@code plan} a
     * prefecture-level code) or every plan ({@value #ALL_PLANS}); a city or county sees what its scope holds, its city's.
     */
    private PlanOwner owner(SignedInAccount user, String plan) {
        if (!user.scope().isProvince() || ALL_PLANS.equals(plan)) {
            return null;
        }
        if (plan == null || plan.isBlank() || PROVINCE_PLAN.equals(plan)) {
            return PlanOwner.province();
        }
        return regions.find(plan).filter(r -> r.getLevel() == RegionLevel.PREFECTURE).map(r -> PlanOwner.city(r.getCode()))
                .orElse(PlanOwner.province());
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
