package cn.jilin.laborbrand.web.startup;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.incubator.Incubator;
import cn.jilin.laborbrand.training.incubator.IncubatorDetails;
import cn.jilin.laborbrand.training.incubator.IncubatorFilter;
import cn.jilin.laborbrand.training.incubator.IncubatorKind;
import cn.jilin.laborbrand.training.incubator.IncubatorService;
import cn.jilin.laborbrand.training.startup.StartupFilter;
import cn.jilin.laborbrand.training.startup.StartupService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /incubators: incubation carriers hosting brand start-ups (二(三)1), of the caller's region — list, export, register, edit. */
@Controller
@RequestMapping("/incubators")
class IncubatorController {

    private static final Sort DEFAULT_SORT = Sort.by("regionCode", "name", "id");
    private static final Set<String> SORTABLE = Set.of("name", "kind", "regionCode", "brandSpace", "recognisedYear");

    /** The incubator form as posted. */
    record IncubatorForm(@NotNull IncubatorKind kind, @NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 6) String regionCode,
                         @NotNull Long operatorId, @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal brandSpace,
                         Boolean rentWaived, @Size(max = 500) String rentWaiverNote, Boolean utilitiesWaived, Boolean provincialExcellent,
                         @Min(2000) @Max(2100) Integer recognisedYear, long version) {

        IncubatorDetails details() {
            // an unchecked box sends nothing (or only Thymeleaf's marker): no
            return new IncubatorDetails(kind, name, regionCode, operatorId, brandSpace, Boolean.TRUE.equals(rentWaived), rentWaiverNote,
                    Boolean.TRUE.equals(utilitiesWaived), Boolean.TRUE.equals(provincialExcellent), recognisedYear);
        }

        static IncubatorForm of(Incubator i) {
            return new IncubatorForm(i.getKind(), i.getName(), i.getRegionCode(), i.getOperatorId(), i.getBrandSpace(), i.isRentWaived(),
                    i.getRentWaiverNote(), i.isUtilitiesWaived(), i.isProvincialExcellent(), i.getRecognisedYear(), i.getVersion());
        }
    }

    private final IncubatorService incubators;
    private final StartupService startups;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final Messages messages;

    IncubatorController(IncubatorService incubators, StartupService startups, OrganisationService organisations, RegionService regions,
                        Messages messages) {
        this.incubators = incubators;
        this.startups = startups;
        this.organisations = organisations;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('startup:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) IncubatorKind kind,
                @RequestParam(required = false) String region, @RequestParam(required = false) String q, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, SORTABLE);
        Page<Incubator> found = incubators.search(filter(kind, region, q), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("operators", organisations.choices(found.map(Incubator::getOperatorId).toSet()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("kind", kind);
        model.addAttribute("region", region);
        model.addAttribute("q", q);
        model.addAttribute("kinds", IncubatorKind.values());
        model.addAttribute("regions", regions.within(user.scope()));
        return "startup/incubator-list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('startup:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) IncubatorKind kind,
                @RequestParam(required = false) String region, @RequestParam(required = false) String q, Locale locale,
                HttpServletResponse response) throws IOException {
        List<Incubator> rows = incubators.export(filter(kind, region, q), user.scope());
        Map<Long, OrganisationChoice> operators = organisations.choices(rows.stream().map(Incubator::getOperatorId).toList());
        List<String> headers = Arrays.stream(new String[]{"kind", "name", "region", "operator", "brandSpace", "rentWaived", "rentWaiverNote",
                "utilitiesWaived", "provincialExcellent", "recognisedYear"}).map(h -> messages.text(locale, "incubator.field." + h)).toList();
        String yes = messages.text(locale, "startup.yes");
        String no = messages.text(locale, "startup.no");
        XlsxDownload.send(response, messages.text(locale, "incubator.export.name"), headers, rows.stream().map(i -> Arrays.<Object>asList(
                messages.text(locale, "incubator.kind." + i.getKind()), i.getName(), regions.name(i.getRegionCode()),
                operators.containsKey(i.getOperatorId()) ? operators.get(i.getOperatorId()).name() : "", i.getBrandSpace(),
                i.isRentWaived() ? yes : no, i.getRentWaiverNote(), i.isUtilitiesWaived() ? yes : no, i.isProvincialExcellent() ? yes : no,
                i.getRecognisedYear())).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('startup:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", new IncubatorForm(IncubatorKind.INCUBATION_BASE, "", user.scope().regionCode(), null, null, false, "", false,
                false, null, 0));
        return formPage(user.scope(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('startup:manage')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") IncubatorForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = incubators.register(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "incubator.registered");
            return "redirect:/incubators/" + id;
        }, () -> formPage(user.scope(), null, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('startup:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        Incubator incubator = incubators.get(id, user.scope());
        model.addAttribute("incubator", incubator);
        model.addAttribute("operator", incubator.getOperatorId() == null ? null : organisations.choice(incubator.getOperatorId()).orElse(null));
        model.addAttribute("startups", startups.search(new StartupFilter(null, null, id, null), user.scope(),
                PageRequest.of(0, 200, Sort.by("name", "id"))));
        model.addAttribute("history", incubators.history(id, user.scope()));
        return "startup/incubator-detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('startup:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        Incubator incubator = incubators.get(id, user.scope());
        model.addAttribute("form", IncubatorForm.of(incubator));
        return formPage(user.scope(), incubator, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('startup:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") IncubatorForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Incubator incubator = incubators.get(id, user.scope());
        return Forms.submit(errors, () -> {
            incubators.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "incubator.updated");
            return "redirect:/incubators/" + id;
        }, () -> formPage(user.scope(), incubator, model));
    }

    private String formPage(DataScope scope, Incubator incubator, Model model) {
        model.addAttribute("incubator", incubator);
        model.addAttribute("kinds", IncubatorKind.values());
        model.addAttribute("regions", regions.within(scope));
        model.addAttribute("operators", operators(scope));
        return "startup/incubator-form";
    }

    /** Institutions and enterprises of the directory within the caller's scope (a carrier is run by one, never by government). */
    private List<OrganisationChoice> operators(DataScope scope) {
        List<OrganisationChoice> choices = new ArrayList<>(organisations.choicesOf(OrganisationKind.ENTERPRISE));
        choices.addAll(organisations.choicesOf(OrganisationKind.INSTITUTION));
        return choices.stream().filter(o -> o.regionCode() != null && scope.coversRegion(o.regionCode()))
                .sorted(Comparator.comparing(OrganisationChoice::name)).toList();
    }

    private IncubatorFilter filter(IncubatorKind kind, String region, String q) {
        return new IncubatorFilter(kind, region == null || region.isBlank() ? null : regions.coveredCodes(region),
                Text.orNull(q));
    }
}
