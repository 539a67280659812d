package cn.jilin.laborbrand.web.application;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.registry.application.ApplicationAction;
import cn.jilin.laborbrand.registry.application.ApplicationNoticeService;
import cn.jilin.laborbrand.registry.application.ApplicationReviewService;
import cn.jilin.laborbrand.registry.application.ApplicationStep;
import cn.jilin.laborbrand.registry.application.ApplicationWorkflow;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is done on an application's page: a step of its workflow ({@code POST /brand-applications/{id}/{action}}, the
 * action being the step's URL segment, with {@code version} and {@code comment}, plus the experts or the notice's working
 * days where the step needs them), the ministry's decision on a national application (with its document, on a form
 * of the page), experts added during the review, an expert's scores, and the objections of a public notice. Whether a step is allowed, and to whom, is the module's table ({@link ApplicationWorkflow}); a refusal comes
 * back as the page's error message, the application unchanged.
 */
@Controller
@RequestMapping("/brand-applications")
class ApplicationStepController {

    private final ApplicationWorkflow workflow;
    private final ApplicationReviewService review;
    private final ApplicationNoticeService notice;
    private final ApplicationPages pages;

    ApplicationStepController(ApplicationWorkflow workflow, ApplicationReviewService review, ApplicationNoticeService notice,
                              ApplicationPages pages) {
        this.workflow = workflow;
        this.review = review;
        this.notice = notice;
        this.pages = pages;
    }

    /**
     * A step of the workflow; the segments are those of {@link ApplicationAction}, any other is not a page. (The first
     * is the one the authorisation matrix takes: a step of both provincial roles, so that scope and version answer.)
     */
    @PostMapping("/{id}/{action:return|assign-experts|submit|withdraw|recommend|city-approve|city-return|approve|reject|city-reject|start-notice|designate|city-designate|recommend-to-ministry}")
    @PreAuthorize("hasAnyAuthority('brand:application:submit', 'brand:application:recommend', 'brand:application:review', "
            + "'brand:application:decide')")
    String act(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable String action, @RequestParam long version,
               @RequestParam(required = false) String comment, @RequestParam(name = "expertIds", required = false) List<Long> expertIds,
               @RequestParam(required = false) Integer workingDays, RedirectAttributes redirect) {
        ApplicationAction step = workflow.action(action).orElseThrow(() -> new NotFoundException("application step", action));
        Integer days = workingDays == null ? ApplicationNoticeService.DEFAULT_WORKING_DAYS : workingDays;
        return run(id, redirect, done(step), () -> workflow.take(id, step, new ApplicationStep(version, comment, expertIds, days, null), user.scope()));
    }

    /** The ministry designated the national brand: HRSS records its decision with the document's number and date. */
    @PostMapping("/{id}/ministry-designate")
    @PreAuthorize("hasAuthority('brand:application:decide')")
    String ministryDesignate(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                             @Valid @ModelAttribute(MinistryDecisionForm.DESIGNATE) MinistryDecisionForm form, BindingResult errors,
                             Model model, RedirectAttributes redirect) {
        return ministry(user, id, ApplicationAction.MINISTRY_DESIGNATE, form, errors, model, redirect);
    }

    /** The ministry did not select the brand: HRSS records its decision, with the reason. */
    @PostMapping("/{id}/ministry-decline")
    @PreAuthorize("hasAuthority('brand:application:decide')")
    String ministryDecline(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                           @Valid @ModelAttribute(MinistryDecisionForm.DECLINE) MinistryDecisionForm form, BindingResult errors,
                           Model model, RedirectAttributes redirect) {
        return ministry(user, id, ApplicationAction.MINISTRY_DECLINE, form, errors, model, redirect);
    }

    /**
     * A decision of the ministry: a field at fault shows the application's page again with the form's errors and what
     * was typed (a chosen file must be chosen again); a refusal of the step itself is the page's message, as for every step.
     */
    private String ministry(SignedInAccount user, long id, ApplicationAction action, MinistryDecisionForm form, BindingResult errors,
                            Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            try {
                workflow.take(id, action, ApplicationStep.ministry(form.version(), form.comment(), form.decision()), user.scope());
                redirect.addFlashAttribute("flashSuccess", done(action));
            } catch (RuleViolation violation) {
                if (violation.field() != null) {
                    throw violation;
                }
                redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
            }
            return "redirect:/brand-applications/" + id;
        }, () -> pages.detail(user, id, model));
    }

    /** During the review HRSS adds experts, e.g. in place of one who declared a conflict of interest. */
    @PostMapping("/{id}/add-experts")
    @PreAuthorize("hasAuthority('brand:application:review')")
    String addExperts(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                      @RequestParam(name = "expertIds", required = false) List<Long> expertIds, RedirectAttributes redirect) {
        return run(id, redirect, "application.expertsAssigned", () -> review.addExperts(id, expertIds == null ? List.of() : expertIds, user.scope()));
    }

    @PostMapping("/{id}/score")
    @PreAuthorize("hasAuthority('review:score')")
    String score(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @ModelAttribute ScoreForm form, RedirectAttributes redirect) {
        return run(id, redirect, "review.scored",
                () -> review.score(id, form.assignmentId(), form.version(), form.scores(), form.comment(), user.scope()));
    }

    /** An expert's scores: one 0–100 value per criterion code. */
    record ScoreForm(long assignmentId, long version, Map<String, Integer> scores, String comment) {
    }

    @PostMapping("/{id}/objections")
    @PreAuthorize("hasAuthority('brand:application:recommend') or hasAuthority('brand:application:decide')")
    String recordObjection(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                           @RequestParam(required = false) String objector, @RequestParam(required = false) String content,
                           RedirectAttributes redirect) {
        return run(id, redirect, "application.objection.recorded", () -> notice.recordObjection(id, receivedOn, objector, content, user.scope()));
    }

    @PostMapping("/{id}/objections/{objectionId}/resolve")
    @PreAuthorize("hasAuthority('brand:application:recommend') or hasAuthority('brand:application:decide')")
    String resolveObjection(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long objectionId,
                            @RequestParam boolean upheld, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return run(id, redirect, "application.objection.resolvedOk", () -> notice.resolveObjection(id, objectionId, upheld, note, user.scope()));
    }

    /** The message of a step taken. */
    private static String done(ApplicationAction action) {
        return switch (action) {
            case SUBMIT -> "application.submitted";
            case WITHDRAW -> "application.withdrawn";
            case RECOMMEND -> "application.recommended";
            case CITY_APPROVE, START_NOTICE -> "application.noticeStarted";
            case CITY_RETURN, RETURN -> "application.returned";
            case ASSIGN_EXPERTS -> "application.expertsAssigned";
            case APPROVE -> "application.approved";
            case REJECT, CITY_REJECT -> "application.rejected";
            case DESIGNATE, CITY_DESIGNATE -> "application.designated";
            case RECOMMEND_TO_MINISTRY -> "application.recommendedToMinistry";
            case MINISTRY_DESIGNATE -> "application.ministryDesignated";
            case MINISTRY_DECLINE -> "application.ministryDeclined";
        };
    }

    /** Runs one step; a refusal comes back as the page's error message, the application unchanged. */
    static String run(long id, RedirectAttributes redirect, String success, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/brand-applications/" + id;
    }
}
