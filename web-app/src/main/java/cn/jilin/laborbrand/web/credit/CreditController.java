package cn.jilin.laborbrand.web.credit;

import cn.jilin.laborbrand.web.support.Dates;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.credit.CreditRating;
import cn.jilin.laborbrand.registry.credit.CreditService;
import cn.jilin.laborbrand.registry.credit.EvaluationDetails;
import cn.jilin.laborbrand.registry.credit.PledgeDetails;
import cn.jilin.laborbrand.registry.credit.ViolationDetails;
import cn.jilin.laborbrand.registry.credit.ViolationSeverity;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.Option;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /brands/{id}/credit: a brand's credit record (二(二)3) — signed self-discipline pledges, evaluations with the current
 * rating, recorded violations. Opened through the brand, so a brand outside the caller's scope answers 404.
 */
@Controller
@RequestMapping("/brands/{id}/credit")
class CreditController {

    record PledgeForm(@NotNull Long organisationId, @NotBlank @Size(max = 50) String signatory, @Size(max = 50) String signatoryTitle,
                      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn, @NotNull Long textId) {
        PledgeDetails details() {
            return new PledgeDetails(organisationId, signatory, signatoryTitle, signedOn, textId);
        }
    }

    record EvaluationForm(@NotNull CreditRating rating, @NotBlank @Size(max = 100) String evaluator,
                          @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate evaluatedOn,
                          @NotBlank @Size(max = 2000) String basis) {
        EvaluationDetails details() {
            return new EvaluationDetails(rating, evaluator, evaluatedOn, basis);
        }
    }

    record ViolationForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
                         @NotBlank @Size(max = 2000) String description, @NotNull ViolationSeverity severity) {
        ViolationDetails details() {
            return new ViolationDetails(occurredOn, description, severity);
        }
    }

    private final CreditService credit;
    private final BrandService brands;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final Messages messages;
    private final Dates dates;

    CreditController(CreditService credit, BrandService brands, OrganisationService organisations, RegionService regions,
                     Messages messages, Dates dates) {
        this.credit = credit;
        this.brands = brands;
        this.organisations = organisations;
        this.regions = regions;
        this.messages = messages;
        this.dates = dates;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('brand:view')")
    String record(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("brand", brands.get(id, user.scope()));
        model.addAttribute("record", credit.record(id, user.scope()));
        model.addAttribute("pledgeText", credit.currentPledgeText());
        model.addAttribute("ratings", CreditRating.values());
        return "credit/record";
    }

    @GetMapping("/pledges/new")
    @PreAuthorize("hasAuthority('credit:manage')")
    String newPledge(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("form", new PledgeForm(null, "", "", today(), credit.currentPledgeText().getId()));
        return pledgePage(user.scope(), id, null, model);
    }

    /** The type-ahead of the pledge form's organisation: institutions and enterprises of the caller's scope. */
    @GetMapping(value = "/signatory-options", produces = "application/json")
    @PreAuthorize("hasAuthority('credit:manage')")
    @ResponseBody
    List<Option> signatoryOptions(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(required = false) String q) {
        brands.get(id, user.scope());
        return credit.signatoryOptions(q, user.scope(), 20).stream()
                .map(o -> new Option(o.id(), o.name(), messages.text("organisation.kind." + o.kind()) + " · " + regions.name(o.regionCode())))
                .toList();
    }

    @PostMapping("/pledges")
    @PreAuthorize("hasAuthority('credit:manage')")
    String signPledge(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") PledgeForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            credit.signPledge(id, form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "credit.pledge.saved");
            return "redirect:/brands/" + id + "/credit";
        }, () -> pledgePage(user.scope(), id, form.organisationId(), model));
    }

    @GetMapping("/evaluations/new")
    @PreAuthorize("hasAuthority('credit:manage')")
    String newEvaluation(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("form", new EvaluationForm(null, "", today(), ""));
        return evaluationPage(user.scope(), id, model);
    }

    @PostMapping("/evaluations")
    @PreAuthorize("hasAuthority('credit:manage')")
    String evaluate(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") EvaluationForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            credit.evaluate(id, form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "credit.evaluation.saved");
            return "redirect:/brands/" + id + "/credit";
        }, () -> evaluationPage(user.scope(), id, model));
    }

    @GetMapping("/violations/new")
    @PreAuthorize("hasAuthority('credit:manage')")
    String newViolation(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("form", new ViolationForm(today(), "", null));
        return violationPage(user.scope(), id, model);
    }

    @PostMapping("/violations")
    @PreAuthorize("hasAuthority('credit:manage')")
    String recordViolation(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") ViolationForm form,
                           BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            credit.recordViolation(id, form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "credit.violation.saved");
            return "redirect:/brands/" + id + "/credit";
        }, () -> violationPage(user.scope(), id, model));
    }

    private String pledgePage(DataScope scope, long id, Long organisationId, Model model) {
        model.addAttribute("brand", brands.get(id, scope));
        model.addAttribute("texts", credit.pledgeTexts());
        model.addAttribute("organisationName", organisationId == null ? ""
                : organisations.choice(organisationId).map(OrganisationChoice::name).orElse(""));
        return "credit/pledge-form";
    }

    private String evaluationPage(DataScope scope, long id, Model model) {
        model.addAttribute("brand", brands.get(id, scope));
        model.addAttribute("ratings", CreditRating.values());
        return "credit/evaluation-form";
    }

    private String violationPage(DataScope scope, long id, Model model) {
        LaborBrand brand = brands.get(id, scope);
        model.addAttribute("brand", brand);
        model.addAttribute("severities", ViolationSeverity.values());
        return "credit/violation-form";
    }

    private LocalDate today() {
        return dates.today();
    }
}
