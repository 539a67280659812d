package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.crypto.LookupLimitExceededException;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.referral.JobReferral;
import cn.jilin.laborbrand.training.referral.ReferralDetails;
import cn.jilin.laborbrand.training.referral.ReferralOutcome;
import cn.jilin.laborbrand.training.referral.ReferralService;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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

/** /training/referrals: 就业推荐 — trainees referred to vacancies, and what became of each. */
@Controller
@RequestMapping("/training/referrals")
class ReferralController {

    /** The referral form as posted; the people as resident IDs, one per line. */
    record ReferralForm(@NotBlank String regionCode, @NotBlank @Size(max = 100) String vacancy, @NotBlank @Size(max = 100) String employer,
                        @Size(max = 100) String workPlace, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referredOn,
                        @Size(max = 2000) String note, @NotBlank @Size(max = 40_000) String residentIds) {
        ReferralDetails details() {
            return new ReferralDetails(regionCode, vacancy, employer, workPlace, referredOn, note, Arrays.asList(residentIds.split("\\R")));
        }
    }

    private final ReferralService referrals;
    private final TraineeService trainees;
    private final RegionService regions;
    private final Messages messages;

    ReferralController(ReferralService referrals, TraineeService trainees, RegionService regions, Messages messages) {
        this.referrals = referrals;
        this.trainees = trainees;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('employment:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by(Sort.Order.desc("referredOn")), Set.of("referredOn", "regionCode", "employer", "vacancy"));
        model.addAttribute("page", referrals.search(q, user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        return "training/referral/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('employment:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, Locale locale, HttpServletResponse response) throws IOException {
        List<JobReferral> rows = referrals.export(user.scope());
        List<String> headers = Arrays.stream(new String[]{"region", "vacancy", "employer", "workPlace", "referredOn", "people", "hired"})
                .map(h -> messages.text(locale, "referral.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "referral.export.name"), headers, rows.stream().map(r -> Arrays.<Object>asList(
                regions.name(r.getRegionCode()), r.getVacancy(), r.getEmployer(), r.getWorkPlace(), r.getReferredOn(), r.getPeople(),
                r.getHired())).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('employment:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        JobReferral referral = referrals.get(id, user.scope());
        model.addAttribute("referral", referral);
        // only the people within the viewer's scope; the others are counted, not named
        Map<Long, String> people = trainees.names(referral.getOutcomes().keySet(), user.scope());
        model.addAttribute("people", people);
        model.addAttribute("hiddenPeople", referral.getOutcomes().size() - people.size());
        model.addAttribute("outcomes", ReferralOutcome.values());
        return "training/referral/detail";
    }

    /** The form names people by full resident ID, a reveal-class lookup: it opens only with trainee:pii:reveal. */
    @GetMapping("/new")
    @PreAuthorize("hasAuthority('employment:edit') and hasAuthority('trainee:pii:reveal')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", new ReferralForm(user.scope().regionCode(), "", "", "", null, "", ""));
        return formPage(user.scope(), model);
    }

    /** The service resolves the resident IDs as a reveal-class lookup (trainee:pii:reveal, limit, audit). */
    @PostMapping
    @PreAuthorize("hasAuthority('employment:edit')")
    String record(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") ReferralForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            return Forms.submit(errors, () -> {
                long id = referrals.record(form.details(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "referral.recorded");
                return "redirect:/training/referrals/" + id;
            }, () -> formPage(user.scope(), model));
        } catch (LookupLimitExceededException limited) {
            // the form comes back with what was typed, and says why
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            errors.reject("pii.lookup.limited", new Object[]{limited.limit().max(), limited.windowMinutes()}, null);
            return formPage(user.scope(), model);
        }
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize("hasAuthority('employment:edit')")
    String outcome(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version, @RequestParam long traineeId,
                   @RequestParam ReferralOutcome outcome, RedirectAttributes redirect) {
        try {
            referrals.recordOutcome(id, version, traineeId, outcome, user.scope());
            redirect.addFlashAttribute("flashSuccess", "referral.outcomeSaved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/training/referrals/" + id;
    }

    private String formPage(DataScope scope, Model model) {
        model.addAttribute("regions", regions.within(scope));
        return "training/referral/form";
    }

}
