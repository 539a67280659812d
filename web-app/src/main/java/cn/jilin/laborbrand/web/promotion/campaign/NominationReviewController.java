package cn.jilin.laborbrand.web.promotion.campaign;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.review.Declaration;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.promotion.campaign.Nomination;
import cn.jilin.laborbrand.promotion.campaign.NominationScoring;
import cn.jilin.laborbrand.promotion.campaign.NominationService;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /promotion/reviews: an expert's nomination assignments. The expert declares on conflicts of interest first; with
 * none, the nomination opens (the expert's scope now covers it) and the expert scores it on the campaign's rubric.
 */
@Controller
@RequestMapping("/promotion/reviews")
class NominationReviewController {

    private final NominationScoring scoring;
    private final ReviewService reviews;
    private final NominationService nominations;
    private final BrandService brands;

    NominationReviewController(NominationScoring scoring, ReviewService reviews, NominationService nominations, BrandService brands) {
        this.scoring = scoring;
        this.reviews = reviews;
        this.nominations = nominations;
        this.brands = brands;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('review:score')")
    String tasks(Model model) {
        model.addAttribute("tasks", scoring.myTasks());
        return "promotion/campaign/reviews";
    }

    @GetMapping("/{assignmentId}")
    @PreAuthorize("hasAuthority('review:score')")
    String task(@AuthenticationPrincipal SignedInAccount user, @PathVariable long assignmentId, Model model) {
        NominationScoring.NominationTask task = scoring.myTask(assignmentId);
        model.addAttribute("task", task);
        model.addAttribute("assignment", reviews.myAssignment(assignmentId));
        if (task.declaration() == Declaration.NO_CONFLICT) {
            Nomination nomination = nominations.get(task.nominationId(), user.scope());
            model.addAttribute("nomination", nomination);
            model.addAttribute("brand", brands.names(java.util.Set.of(nomination.getBrandId())).get(nomination.getBrandId()));
            model.addAttribute("rubric", reviews.rubric(reviews.myAssignment(assignmentId).getRubric()));
        }
        return "promotion/campaign/review";
    }

    @PostMapping("/{assignmentId}/declare")
    @PreAuthorize("hasAuthority('review:score')")
    String declare(@PathVariable long assignmentId, @RequestParam boolean conflict, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        scoring.myTask(assignmentId);
        try {
            reviews.declare(assignmentId, conflict, note);
            redirect.addFlashAttribute("flashSuccess", conflict ? "review.withdrawn" : "review.declared");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return conflict ? "redirect:/promotion/reviews" : "redirect:/promotion/reviews/" + assignmentId;
    }

    /** Scores as posted: a field score-{CRITERION} per criterion of the rubric, and a comment. */
    @PostMapping("/{assignmentId}/score")
    @PreAuthorize("hasAuthority('review:score')")
    String score(@PathVariable long assignmentId, @RequestParam long version, @RequestParam Map<String, String> posted,
                 @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        scoring.myTask(assignmentId);
        Map<String, Integer> given = new HashMap<>();
        posted.forEach((key, value) -> {
            if (key.matches("score-[A-Z_]{1,40}") && value.matches("\\d{1,3}")) {
                given.put(key.substring(6), Integer.valueOf(value));
            }
        });
        try {
            scoring.score(assignmentId, version, given, comment);
            redirect.addFlashAttribute("flashSuccess", "review.scored");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/promotion/reviews/" + assignmentId;
    }
}
