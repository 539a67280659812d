package cn.jilin.laborbrand.web.plan;

import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.PlanOverview;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /plan: 吉林省劳务品牌建设实施方案 as a navigable tree — chapters, sections and measures with their full text, each
 * measure with the departments its bracket names and the standing of their tasks ({@link PlanOverview#tree}).
 * Read-only for everyone who follows the plan; a department's own tasks link to their pages.
 */
@Controller
@RequestMapping("/plan")
class PlanController {

    private final PlanService plan;
    private final PlanOverview overview;

    PlanController(PlanService plan, PlanOverview overview) {
        this.plan = plan;
        this.overview = overview;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('plan:view')")
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
}
