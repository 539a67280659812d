package cn.jilin.laborbrand.web.meeting;

import cn.jilin.laborbrand.governance.meeting.DecisionKind;
import cn.jilin.laborbrand.governance.meeting.MeetingService;
import cn.jilin.laborbrand.governance.meeting.WorkMeeting;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.PlanOverview;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /plan/meetings: the leading group's work meetings (三(一)) — list, record, correct — and each meeting's decisions,
 * which may give a department a new task or move tasks' deadline.
 */
@Controller
@RequestMapping("/plan/meetings")
class MeetingController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"));

    private final MeetingService meetings;
    private final PlanService plan;
    private final PlanOverview overview;
    private final Clock clock;

    MeetingController(MeetingService meetings, PlanService plan, PlanOverview overview, Clock clock) {
        this.meetings = meetings;
        this.plan = plan;
        this.overview = overview;
        this.clock = clock;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('plan:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, Pageable pageable, Model model) {
        Page<WorkMeeting> page = meetings.list(user.scope(), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST));
        model.addAttribute("page", page);
        model.addAttribute("decisionCounts", meetings.decisionCounts(page.getContent().stream().map(WorkMeeting::getId).toList(), user.scope()));
        model.addAttribute("names", names());
        return "meeting/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('meeting:manage')")
    String newForm(Model model) {
        model.addAttribute("form", MeetingForm.empty(LocalDate.now(clock)));
        return formPage(null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('meeting:manage')")
    String record(@Valid @ModelAttribute("form") MeetingForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = meetings.record(form.record());
            redirect.addFlashAttribute("flashSuccess", "meeting.recorded");
            return "redirect:/plan/meetings/" + id;
        }, () -> formPage(null, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('plan:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.get(id, user.scope()));
        model.addAttribute("decisions", meetings.decisions(id, user.scope()));
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", DecisionForm.empty());
        }
        return detailPage(user, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('meeting:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        WorkMeeting meeting = meetings.get(id, user.scope());
        model.addAttribute("form", MeetingForm.of(meeting));
        return formPage(meeting, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('meeting:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        WorkMeeting meeting = meetings.get(id, user.scope());
        return Forms.submit(errors, () -> {
            meetings.update(id, form.version(), form.record(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "meeting.saved");
            return "redirect:/plan/meetings/" + id;
        }, () -> formPage(meeting, model));
    }

    @PostMapping("/{id}/decisions")
    @PreAuthorize("hasAuthority('meeting:manage')")
    String decide(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("decision") DecisionForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        WorkMeeting meeting = meetings.get(id, user.scope());
        return Forms.submit(errors, () -> {
            meetings.decide(id, form.request(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "meeting.decision.recorded." + form.kind());
            return "redirect:/plan/meetings/" + id;
        }, () -> {
            model.addAttribute("meeting", meeting);
            model.addAttribute("decisions", meetings.decisions(id, user.scope()));
            return detailPage(user, model);
        });
    }

    private String detailPage(SignedInAccount user, Model model) {
        List<PlanOverview.TaskChoice> tasks = overview.taskChoices();
        model.addAttribute("names", names());
        model.addAttribute("taskLabels", tasks.stream().collect(Collectors.toMap(PlanOverview.TaskChoice::id, PlanOverview.TaskChoice::label)));
        if (user.can("meeting:manage")) {
            model.addAttribute("taskLines", tasks);
            model.addAttribute("measures", plan.measures());
            model.addAttribute("departments", plan.departments());
            model.addAttribute("kinds", DecisionKind.values());
        }
        return "meeting/detail";
    }

    private String formPage(WorkMeeting meeting, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("departments", plan.departments());
        return "meeting/form";
    }

    private Map<Long, String> names() {
        return plan.departmentNames();
    }
}
