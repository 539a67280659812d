package cn.jilin.laborbrand.web.plan;

import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.CoordinationService;
import cn.jilin.laborbrand.governance.task.MeasureCoordination;
import cn.jilin.laborbrand.governance.task.PlanOverview;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /plan: 吉林省劳务品牌建设实施方案 as a navigable tree — chapters, sections and measures with their full text, each
 * measure with the departments its bracket names and the standing of their tasks ({@link PlanOverview#tree}).
 * Read-only for everyone who follows the plan; a department's own tasks link to their pages. Every unit a measure names
 * is responsible for its share (按职责分工负责); /plan/measures/{id}/coordination shows who coordinates a measure, with
 * every decision on it, and lets the plan manager (task:manage) record a new one.
 */
@Controller
@RequestMapping("/plan")
class PlanController {

    private final PlanService plan;
    private final PlanOverview overview;
    private final CoordinationService coordination;

    PlanController(PlanService plan, PlanOverview overview, CoordinationService coordination) {
        this.plan = plan;
        this.overview = overview;
        this.coordination = coordination;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('plan:view')")
    @Transactional(readOnly = true)
    String tree(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long department, Model model) {
        PlanOverview.Tree tree = overview.tree(department, user.scope());
        model.addAttribute("document", plan.document());
        model.addAttribute("chapters", tree.chapters());
        model.addAttribute("departments", plan.departments());
        model.addAttribute("department", department);
        model.addAttribute("taskCount", tree.tasks());
        model.addAttribute("measureCount", tree.measures());
        model.addAttribute("overdueCount", tree.overdue());
        model.addAttribute("doneCount", tree.done());
        return "plan/tree";
    }

    @GetMapping("/measures/{id}/coordination")
    @PreAuthorize("hasAuthority('plan:view')")
    String coordination(@PathVariable long id, Model model) {
        List<MeasureCoordination> history = coordination.history(id);
        model.addAttribute("form", CoordinationForm.of(history.isEmpty() ? null : history.get(0).getOrganisationId()));
        return coordinationPage(id, history, model);
    }

    @PostMapping("/measures/{id}/coordination")
    @PreAuthorize("hasAuthority('task:manage')")
    String decide(@PathVariable long id, @Valid @ModelAttribute("form") CoordinationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        coordination.measure(id);
        return Forms.submit(errors, () -> {
            coordination.decide(id, form.organisationId(), form.basis());
            redirect.addFlashAttribute("flashSuccess", "coordination.saved");
            return "redirect:/plan/measures/" + id + "/coordination";
        }, () -> coordinationPage(id, coordination.history(id), model));
    }

    private String coordinationPage(long id, List<MeasureCoordination> history, Model model) {
        PlanMeasure measure = coordination.measure(id);
        model.addAttribute("measure", measure);
        model.addAttribute("history", history);
        model.addAttribute("current", history.isEmpty() ? null : history.get(0).getOrganisationId());
        model.addAttribute("names", plan.departmentNames());
        model.addAttribute("responsible", overview.taskChoices().stream().filter(t -> t.measureId() == id).toList());
        return "plan/coordination";
    }
}
