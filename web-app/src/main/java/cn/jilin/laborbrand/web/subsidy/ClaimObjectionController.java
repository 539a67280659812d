package cn.jilin.laborbrand.web.subsidy;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.subsidy.claim.ClaimDecisions;
import cn.jilin.laborbrand.subsidy.claim.ClaimObjections;
import cn.jilin.laborbrand.subsidy.claim.ClaimService;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
import java.util.Locale;
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
 * After approval: objections received during the public notice (recorded, then upheld — which rejects the claim — or
 * dismissed), and 追回 of a paid claim found wrong, which gives the money back to the budget line.
 */
@Controller
@RequestMapping("/subsidies/claims/{id}")
class ClaimObjectionController {

    private final ClaimService claims;
    private final ClaimObjections objections;
    private final ClaimDecisions decisions;
    private final ClaimPages pages;

    ClaimObjectionController(ClaimService claims, ClaimObjections objections, ClaimDecisions decisions, ClaimPages pages) {
        this.claims = claims;
        this.objections = objections;
        this.decisions = decisions;
        this.pages = pages;
    }

    @PostMapping("/objections")
    @PreAuthorize("hasAnyAuthority('subsidy:approve:city', 'subsidy:approve:province')")
    String record(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                  @Valid @ModelAttribute("objectionForm") ObjectionForms.ObjectionForm form, BindingResult errors, Locale locale, Model model,
                  RedirectAttributes redirect) {
        claims.get(id, user.scope());
        return Forms.submit(errors, () -> {
            objections.record(id, form.receivedOn(), form.objector(), form.content(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "subsidy.objection.recorded");
            return "redirect:/subsidies/claims/" + id;
        }, () -> pages.detail(user, id, locale, model));
    }

    @PostMapping("/objections/{objectionId}/resolve")
    @PreAuthorize("hasAnyAuthority('subsidy:approve:city', 'subsidy:approve:province')")
    String resolve(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long objectionId,
                   @RequestParam boolean upheld, @RequestParam(required = false) String resolution, RedirectAttributes redirect) {
        try {
            objections.resolve(id, objectionId, upheld, resolution, user.scope());
            redirect.addFlashAttribute("flashSuccess", "subsidy.objection.resolvedDone");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/subsidies/claims/" + id;
    }

    @PostMapping("/recover")
    @PreAuthorize("hasAnyAuthority('subsidy:approve:city', 'subsidy:approve:province')")
    String recover(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                   @Valid @ModelAttribute("recoveryForm") ObjectionForms.RecoveryForm form, BindingResult errors, Locale locale, Model model,
                   RedirectAttributes redirect) {
        claims.get(id, user.scope());
        return Forms.submit(errors, () -> {
            decisions.recover(id, form.version(), form.amount(), form.reason(), form.recoveredOn(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "subsidy.recovery.done");
            return "redirect:/subsidies/claims/" + id;
        }, () -> pages.detail(user, id, locale, model));
    }
}
