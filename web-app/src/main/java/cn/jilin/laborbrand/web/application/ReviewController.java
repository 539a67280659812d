package cn.jilin.laborbrand.web.application;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.review.Declaration;
import cn.jilin.laborbrand.platform.review.ExpertTask;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.registry.application.ApplicationReviewService;
import cn.jilin.laborbrand.registry.application.ExpertBriefing;
import cn.jilin.laborbrand.registry.application.BrandApplication;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /brand-applications/reviews: an expert's assignments. Before seeing an application the expert declares on conflicts
 * of interest; with none, the application opens for scoring; with one, the expert withdraws from it.
 */
@Controller
@RequestMapping("/brand-applications/reviews")
class ReviewController {

    private final ReviewService reviews;
    private final ApplicationReviewService applications;

    ReviewController(ReviewService reviews, ApplicationReviewService applications) {
        this.reviews = reviews;
        this.applications = applications;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('review:score')")
    String tasks(Model model) {
        List<ExpertTask> tasks = reviews.myTasks().stream().filter(t -> t.subjectType().equals(BrandApplication.SUBJECT_TYPE)).toList();
        model.addAttribute("tasks", tasks.stream().map(t -> applications.briefing(t.assignmentId())).toList());
        return "application/reviews";
    }

    @GetMapping("/{assignmentId}")
    @PreAuthorize("hasAuthority('review:score')")
    String briefing(@PathVariable long assignmentId, Model model) {
        ExpertBriefing briefing = applications.briefing(assignmentId);
        if (briefing.assignment().getDeclaration() == Declaration.NO_CONFLICT) {
            return "redirect:/brand-applications/" + briefing.applicationId();
        }
        model.addAttribute("briefing", briefing);
        return "application/declare";
    }

    @PostMapping("/{assignmentId}/declare")
    @PreAuthorize("hasAuthority('review:score')")
    String declare(@PathVariable long assignmentId, @RequestParam boolean conflict, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        ExpertBriefing briefing = applications.briefing(assignmentId);
        try {
            reviews.declare(assignmentId, conflict, note);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
            return "redirect:/brand-applications/reviews/" + assignmentId;
        }
        if (conflict) {
            redirect.addFlashAttribute("flashSuccess", "review.withdrawn");
            return "redirect:/brand-applications/reviews";
        }
        redirect.addFlashAttribute("flashSuccess", "review.declared");
        return "redirect:/brand-applications/" + briefing.applicationId();
    }
}
