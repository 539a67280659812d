package cn.jilin.laborbrand.web.cooperation;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.cooperation.InboundBaseService;
import cn.jilin.laborbrand.training.cooperation.Vacancy;
import cn.jilin.laborbrand.training.cooperation.VacancyDetails;
import cn.jilin.laborbrand.training.cooperation.VacancyService;
import cn.jilin.laborbrand.training.cooperation.VacancyStatus;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

/** /cooperation/vacancies: employers' vacancies in the places that take Jilin workers (二(二)2); matching is on the page. */
@Controller
@RequestMapping("/cooperation/vacancies")
class VacancyController {

    /** The vacancy form as posted; pay in yuan a month. */
    record VacancyForm(@NotBlank String regionCode, @NotBlank @Size(max = 100) String employer, @NotBlank @Size(max = 12) String occupationCode,
                       @NotNull @Min(1) @Max(100_000) Integer places,
                       @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal payMin,
                       @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal payMax,
                       @NotBlank @Size(max = 100) String place, Long inboundBaseId,
                       @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate postedOn,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                       @Min(0) @Max(100_000) Integer otherHeadcount, @Size(max = 2000) String note, long version) {
        VacancyDetails details() {
            return new VacancyDetails(regionCode, employer, occupationCode, places, payMin, payMax, place, inboundBaseId, postedOn, closesOn,
                    otherHeadcount, note);
        }
    }

    private final VacancyService vacancies;
    private final InboundBaseService bases;
    private final VacancyPage pages;
    private final RegionService regions;
    private final OccupationService occupations;
    private final Messages messages;

    VacancyController(VacancyService vacancies, InboundBaseService bases, VacancyPage pages, RegionService regions, OccupationService occupations,
                      Messages messages) {
        this.vacancies = vacancies;
        this.bases = bases;
        this.pages = pages;
        this.regions = regions;
        this.occupations = occupations;
        this.messages = messages;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('cooperation:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String occupation,
                @RequestParam(required = false) String region, @RequestParam(required = false) VacancyStatus status,
                @RequestParam(defaultValue = "false") boolean followUpDue, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by(Sort.Order.desc("postedOn"), Sort.Order.asc("id")),
                Set.of("employer", "regionCode", "postedOn", "closesOn", "places", "payMin", "occupationCode", "status"));
        Page<Vacancy> result = vacancies.search(occupation, codes(region), status, followUpDue, user.scope(), page);
        model.addAttribute("page", result);
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("occupation", occupation);
        model.addAttribute("region", region);
        model.addAttribute("followUpDue", followUpDue);
        model.addAttribute("status", status);
        model.addAttribute("statuses", VacancyStatus.values());
        model.addAttribute("regions", regions.within(user.scope()));
        model.addAttribute("occupationChoices", occupations.all());
        model.addAttribute("occupations", occupations.byCode());
        model.addAttribute("baseNames", bases.names(result.getContent().stream().map(Vacancy::getInboundBaseId).filter(Objects::nonNull)
                .distinct().toList(), user.scope()));
        return "cooperation/vacancy/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('cooperation:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String occupation,
                @RequestParam(required = false) String region, @RequestParam(required = false) VacancyStatus status,
                @RequestParam(defaultValue = "false") boolean followUpDue, Locale locale, HttpServletResponse response) throws IOException {
        List<Vacancy> rows = vacancies.export(occupation, codes(region), status, followUpDue, user.scope());
        Map<Long, String> baseNames = bases.names(rows.stream().map(Vacancy::getInboundBaseId).filter(Objects::nonNull).distinct().toList(), user.scope());
        List<String> headers = Arrays.stream(new String[]{"employer", "region", "occupation", "places", "payMin", "payMax", "place", "inboundBase",
                "postedOn", "closesOn", "otherHeadcount", "status"}).map(h -> messages.text(locale, "cooperation.vacancy.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "cooperation.vacancy.export.name"), headers, rows.stream().map(v -> Arrays.<Object>asList(
                v.getEmployer(), regions.name(v.getRegionCode()), occupations.label(v.getOccupationCode()), v.getPlaces(), v.getPayMin(), v.getPayMax(),
                v.getPlace(), v.getInboundBaseId() == null ? "" : baseNames.getOrDefault(v.getInboundBaseId(), ""), v.getPostedOn(), v.getClosesOn(),
                v.getOtherHeadcount(), messages.text(locale, "cooperation.vacancy.status." + v.getStatus()))).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('cooperation:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        return pages.show(user, id, null, null, model);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", new VacancyForm(user.scope().regionCode(), "", "", null, null, null, "", null, null, null, 0, "", 0));
        return formPage(user.scope(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") VacancyForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = vacancies.register(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "cooperation.vacancy.registered");
            return "redirect:/cooperation/vacancies/" + id;
        }, () -> formPage(user.scope(), null, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        Vacancy v = vacancies.get(id, user.scope());
        VacancyDetails d = v.details();
        model.addAttribute("form", new VacancyForm(d.regionCode(), d.employer(), d.occupationCode(), d.places(), d.payMin(), d.payMax(), d.place(),
                d.inboundBaseId(), d.postedOn(), d.closesOn(), d.otherHeadcount(), d.note(), v.getVersion()));
        return formPage(user.scope(), v, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") VacancyForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Vacancy vacancy = vacancies.get(id, user.scope());
        return Forms.submit(errors, () -> {
            vacancies.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "cooperation.vacancy.updated");
            return "redirect:/cooperation/vacancies/" + id;
        }, () -> formPage(user.scope(), vacancy, model));
    }

    /** 二(二)2: closes the vacancy by hand, with the reason; the page asked for confirmation first. */
    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String close(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                 @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        vacancies.get(id, user.scope());
        try {
            vacancies.close(id, version, comment, user.scope());
            redirect.addFlashAttribute("flashSuccess", "cooperation.vacancy.closed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/cooperation/vacancies/" + id;
    }

    private String formPage(DataScope scope, Vacancy vacancy, Model model) {
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("regions", regions.within(scope));
        model.addAttribute("occupationChoices", occupations.all());
        model.addAttribute("bases", bases.choices(scope));
        return "cooperation/vacancy/form";
    }

    private Collection<String> codes(String region) {
        return region == null || region.isBlank() ? null : regions.coveredCodes(region);
    }
}
