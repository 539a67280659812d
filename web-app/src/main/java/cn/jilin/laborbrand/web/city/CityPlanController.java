package cn.jilin.laborbrand.web.city;

import cn.jilin.laborbrand.web.support.FileDownloads;
import cn.jilin.laborbrand.governance.city.CityMeeting;
import cn.jilin.laborbrand.governance.city.CityPlanService;
import cn.jilin.laborbrand.governance.city.CityPlanService.CityLine;
import cn.jilin.laborbrand.governance.city.CityPlanStatus;
import cn.jilin.laborbrand.governance.meeting.DecisionKind;
import cn.jilin.laborbrand.governance.meeting.MeetingService;
import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.PlanOverview;
import cn.jilin.laborbrand.governance.task.PlanOwner;
import cn.jilin.laborbrand.governance.task.ResponsibilityTask;
import cn.jilin.laborbrand.governance.task.TaskFilter;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.web.meeting.DecisionForm;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /plan/cities: 三(一) in the prefecture-level units — the province's table of every unit's leading group, 推进落实方案,
 * meetings and tasks, and each unit's page with its record, the plan's document, its tasks and meetings with their
 * decisions, editable by the unit's own officer and the province.
 */
@Controller
@RequestMapping("/plan/cities")
class CityPlanController {

    private final CityPlanService cities;
    private final TaskService tasks;
    private final MeetingService meetingDecisions;
    private final PlanService plan;
    private final Clock clock;

    CityPlanController(CityPlanService cities, TaskService tasks, MeetingService meetingDecisions, PlanService plan, Clock clock) {
        this.cities = cities;
        this.tasks = tasks;
        this.meetingDecisions = meetingDecisions;
        this.plan = plan;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('city-plan:view')")
    String overview(@AuthenticationPrincipal SignedInAccount user, Model model) {
        List<CityLine> lines = cities.overview(user.scope());
        List<CityLine> nine = lines.stream().filter(l -> l.region().isCity()).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("cities", nine);
        model.addAttribute("others", lines.stream().filter(l -> !l.region().isCity()).toList());
        model.addAttribute("adopted", nine.stream().filter(l -> l.status() == CityPlanStatus.PLAN).count());
        model.addAttribute("cityCount", nine.size());
        model.addAttribute("province", user.scope().isProvince());
        return "city/list";
    }

    @GetMapping("/{regionCode}")
    @PreAuthorize("hasAuthority('city-plan:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, Model model) {
        CityLine line = cities.line(regionCode, user.scope());
        model.addAttribute("form", CityPlanForm.of(line.record()));
        model.addAttribute("meetingForm", CityMeetingForm.empty(LocalDate.now(clock)));
        return detailPage(user, line, model);
    }

    @PostMapping("/{regionCode}")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String save(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, @Valid @ModelAttribute("form") CityPlanForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        CityLine line = cities.line(regionCode, user.scope());
        return Forms.submit(errors, () -> {
            cities.save(regionCode, form.version(), form.record(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "city.saved");
            return "redirect:/plan/cities/" + line.region().getCode();
        }, () -> {
            model.addAttribute("meetingForm", CityMeetingForm.empty(LocalDate.now(clock)));
            return detailPage(user, line, model);
        });
    }

    @PostMapping("/{regionCode}/meetings")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String recordMeeting(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode,
                         @Valid @ModelAttribute("meetingForm") CityMeetingForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        CityLine line = cities.line(regionCode, user.scope());
        return Forms.submit(errors, () -> {
            cities.recordMeeting(regionCode, form.record(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "city.meeting.recorded");
            return "redirect:/plan/cities/" + line.region().getCode();
        }, () -> {
            model.addAttribute("form", CityPlanForm.of(line.record()));
            return detailPage(user, line, model);
        });
    }

    @GetMapping("/{regionCode}/meetings/{meetingId}/edit")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String editMeeting(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, @PathVariable long meetingId, Model model) {
        CityMeeting meeting = cities.meeting(regionCode, meetingId, user.scope());
        model.addAttribute("meetingForm", CityMeetingForm.of(meeting));
        return meetingPage(user, regionCode, meeting, model);
    }

    @PostMapping("/{regionCode}/meetings/{meetingId}")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String correctMeeting(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, @PathVariable long meetingId,
                          @Valid @ModelAttribute("meetingForm") CityMeetingForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        CityMeeting meeting = cities.meeting(regionCode, meetingId, user.scope());
        return Forms.submit(errors, () -> {
            cities.correctMeeting(regionCode, meetingId, form.version(), form.record(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "city.meeting.saved");
            return "redirect:/plan/cities/" + meeting.getRegionCode();
        }, () -> meetingPage(user, regionCode, meeting, model));
    }

    // ---- the plan's document ------------------------------------------------------------------------------------------

    @PostMapping("/{regionCode}/plan-documents")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String attachPlanDocument(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode,
                              @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        String code = cities.line(regionCode, user.scope()).region().getCode();
        byte[] bytes = file.getBytes();
        try {
            cities.attachPlanDocument(code, file.getOriginalFilename(), bytes, user.scope());
            redirect.addFlashAttribute("flashSuccess", "city.plan.document.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/plan/cities/" + code + "#plan-title";
    }

    @GetMapping("/{regionCode}/plan-documents/{attachmentId}")
    @PreAuthorize("hasAuthority('city-plan:view')")
    ResponseEntity<byte[]> planDocument(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, @PathVariable long attachmentId) {
        FileContent file = cities.planDocument(regionCode, attachmentId, user.scope());
        return FileDownloads.attachment(file);
    }

    // ---- the city's tasks ---------------------------------------------------------------------------------------------

    @GetMapping("/{regionCode}/tasks/new")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String newTask(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, Model model) {
        CityLine line = cities.line(regionCode, user.scope());
        requireManages(user, line);
        model.addAttribute("taskForm", CityTaskForm.empty(line.record() == null ? null : line.record().getPlanDeadline()));
        return taskPage(line, model);
    }

    @PostMapping("/{regionCode}/tasks")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String createTask(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode,
                      @Valid @ModelAttribute("taskForm") CityTaskForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        CityLine line = cities.line(regionCode, user.scope());
        return Forms.submit(errors, () -> {
            long id = tasks.create(owner(line), form.measureId(), form.organisationId(), form.deadline(), null, user.scope());
            redirect.addFlashAttribute("flashSuccess", "city.task.created");
            return "redirect:/tasks/" + id;
        }, () -> taskPage(line, model));
    }

    // ---- a meeting and its decisions ------------------------------------------------------------------------------------

    @GetMapping("/{regionCode}/meetings/{meetingId}")
    @PreAuthorize("hasAuthority('city-plan:view')")
    String meeting(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, @PathVariable long meetingId, Model model) {
        CityMeeting meeting = cities.meeting(regionCode, meetingId, user.scope());
        model.addAttribute("decision", DecisionForm.empty());
        return meetingViewPage(user, regionCode, meeting, model);
    }

    @PostMapping("/{regionCode}/meetings/{meetingId}/decisions")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String decide(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, @PathVariable long meetingId,
                  @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        CityMeeting meeting = cities.meeting(regionCode, meetingId, user.scope());
        return Forms.submit(errors, () -> {
            meetingDecisions.decideInCity(meeting.getRegionCode(), meetingId, form.request(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "meeting.decision.recorded." + form.kind());
            return "redirect:/plan/cities/" + meeting.getRegionCode() + "/meetings/" + meetingId;
        }, () -> meetingViewPage(user, regionCode, meeting, model));
    }

    // ---- pages ----------------------------------------------------------------------------------------------------------

    private String detailPage(SignedInAccount user, CityLine line, Model model) {
        String code = line.region().getCode();
        List<CityMeeting> meetings = cities.meetings(code, user.scope());
        List<ResponsibilityTask> own = cityTasks(user, line);
        model.addAttribute("line", line);
        model.addAttribute("meetings", meetings);
        model.addAttribute("decisions", meetingDecisions.cityDecisions(code, meetings.stream().map(CityMeeting::getId).toList(), user.scope()));
        model.addAttribute("documents", cities.planDocuments(code, user.scope()));
        model.addAttribute("tasks", own);
        model.addAttribute("names", unitNames(own));
        model.addAttribute("measuresById", plan.byId());
        model.addAttribute("managesTasks", tasks.manages(owner(line), user.scope()));
        return "city/detail";
    }

    private String meetingPage(SignedInAccount user, String regionCode, CityMeeting meeting, Model model) {
        model.addAttribute("line", cities.line(regionCode, user.scope()));
        model.addAttribute("meeting", meeting);
        return "city/meeting";
    }

    private String meetingViewPage(SignedInAccount user, String regionCode, CityMeeting meeting, Model model) {
        CityLine line = cities.line(regionCode, user.scope());
        List<ResponsibilityTask> own = cityTasks(user, line);
        Map<Long, PlanMeasure> measures = plan.byId();
        Map<Long, String> names = unitNames(own);
        model.addAttribute("line", line);
        model.addAttribute("meeting", meeting);
        model.addAttribute("decisions", meetingDecisions.cityDecisions(line.region().getCode(), List.of(meeting.getId()), user.scope())
                .getOrDefault(meeting.getId(), List.of()));
        model.addAttribute("taskLabels", own.stream().collect(Collectors.toMap(ResponsibilityTask::getId,
                t -> measures.get(t.getMeasureId()).getCode() + " " + names.get(t.getOrganisationId()))));
        if (tasks.manages(owner(line), user.scope())) {
            model.addAttribute("taskLines", own.stream().map(t -> new PlanOverview.TaskChoice(t.getId(), t.getMeasureId(),
                    measures.get(t.getMeasureId()).getCode(), t.getOrganisationId(), names.get(t.getOrganisationId()), t.getDeadline())).toList());
            model.addAttribute("measures", plan.measures());
            model.addAttribute("departments", tasks.unitsFor(owner(line)));
            model.addAttribute("kinds", DecisionKind.values());
        }
        return "city/meeting-view";
    }

    private String taskPage(CityLine line, Model model) {
        model.addAttribute("line", line);
        model.addAttribute("measures", plan.measures());
        model.addAttribute("units", tasks.unitsFor(owner(line)));
        return "city/task-form";
    }

    /** The tasks of the unit's 推进落实方案 the caller sees (none without task:view). */
    private List<ResponsibilityTask> cityTasks(SignedInAccount user, CityLine line) {
        if (!user.can("task:view")) {
            return List.of();
        }
        return tasks.search(new TaskFilter(null, null, null, null, owner(line)), user.scope(), Pageable.unpaged(TaskService.PLAN_ORDER)).getContent();
    }

    /** The names of the units carrying these tasks (none without tasks to name). */
    private Map<Long, String> unitNames(List<ResponsibilityTask> own) {
        return own.isEmpty() ? Map.of() : tasks.unitNames(own.stream().map(ResponsibilityTask::getOrganisationId).toList());
    }

    private void requireManages(SignedInAccount user, CityLine line) {
        if (!tasks.manages(owner(line), user.scope())) {
            throw new AccessDeniedException("not this city's plan");
        }
    }

    private static PlanOwner owner(CityLine line) {
        return PlanOwner.city(line.region().getCode());
    }
}
