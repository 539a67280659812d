package cn.jilin.laborbrand.web.startup;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.incubator.IncubatorService;
import cn.jilin.laborbrand.training.startup.StartupDetails;
import cn.jilin.laborbrand.training.startup.StartupFilter;
import cn.jilin.laborbrand.training.startup.StartupService;
import cn.jilin.laborbrand.training.startup.StartupView;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
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

/**
 * /startups: start-ups founded by brand workers (二(三)1) of the caller's region — list, export, register, edit, and
 * the start-ups of a founder found by full resident ID. The founder's resident ID and phone are shown masked everywhere,
 * the export included.
 */
@Controller
@RequestMapping("/startups")
class StartupController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("foundedOn"), Sort.Order.asc("id"));
    private static final java.util.Set<String> SORTABLE = java.util.Set.of("name", "regionCode", "foundedOn", "jobsCreated", "loanAmount");

    /** The start-up form as posted; the founder's numbers are never put back into a shown form. */
    record StartupForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 6) String regionCode, @NotNull Long brandId,
                       @NotNull LocalDate foundedOn, @NotNull @PositiveOrZero @Max(1_000_000) Integer jobsCreated,
                       @NotBlank @Size(max = 50) String founderName, @Size(max = 18) String founderResidentId, @Size(max = 20) String founderPhone,
                       Boolean startupTraining, LocalDate startupTrainingOn, @Size(max = 100) String loanBank,
                       @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal loanAmount, LocalDate loanGrantedOn,
                       @Min(1) @Max(360) Integer loanTermMonths, @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal loanInterestSubsidy,
                       @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal taxRelief, Long incubatorId, long version) {

        StartupDetails details() {
            return new StartupDetails(name, regionCode, brandId, foundedOn, jobsCreated, founderName, founderResidentId, founderPhone,
                    Boolean.TRUE.equals(startupTraining), startupTrainingOn, loanBank, loanAmount, loanGrantedOn, loanTermMonths, loanInterestSubsidy, taxRelief,
                    incubatorId);
        }

        static StartupForm of(StartupView s) {
            return new StartupForm(s.name(), s.regionCode(), s.brandId(), s.foundedOn(), s.jobsCreated(), s.founderName(), "", "",
                    s.startupTraining(), s.startupTrainingOn(), s.loanBank(), s.loanAmount(), s.loanGrantedOn(), s.loanTermMonths(),
                    s.loanInterestSubsidy(), s.taxRelief(), s.incubatorId(), s.version());
        }
    }

    private final StartupService startups;
    private final IncubatorService incubators;
    private final BrandService brands;
    private final RegionService regions;
    private final Messages messages;

    StartupController(StartupService startups, IncubatorService incubators, BrandService brands, RegionService regions, Messages messages) {
        this.startups = startups;
        this.incubators = incubators;
        this.brands = brands;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('startup:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String region,
                @RequestParam(required = false) Long brandId, @RequestParam(required = false) String q, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, SORTABLE);
        Page<StartupView> found = startups.search(filter(region, brandId, q), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("brandNames", brands.names(found.map(StartupView::brandId).toSet()));
        model.addAttribute("incubatorNames", incubators.names(found.map(StartupView::incubatorId).filter(Objects::nonNull).toSet(), user.scope()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("region", region);
        model.addAttribute("brandId", brandId);
        model.addAttribute("q", q);
        model.addAttribute("regions", regions.within(user.scope()));
        model.addAttribute("brands", brandChoices(user.scope()));
        return "startup/list";
    }

    /**
     * 创业者身份证号: the start-ups whose founder holds the full resident ID typed into a POST form. Reveal-class, so the
     * service checks the permission, counts the lookup against the account's limit and audits it without the ID; the
     * answer names the ID nowhere and is never cached.
     */
    @PostMapping("/lookup")
    @PreAuthorize("hasAuthority('startup:view') and hasAuthority('trainee:pii:reveal')")
    String lookup(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String founderResidentId, Model model,
                  HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        List<StartupView> found = List.of();
        try {
            found = startups.findByFounder(founderResidentId == null || founderResidentId.length() > 30 ? "" : founderResidentId, user.scope());
            model.addAttribute("lookupFound", found.size());
        } catch (RuleViolation violation) {
            model.addAttribute("lookupError", violation.messageKeys().get(0));
        }
        Page<StartupView> page = new PageImpl<>(found);
        model.addAttribute("page", page);
        model.addAttribute("brandNames", brands.names(page.map(StartupView::brandId).toSet()));
        model.addAttribute("incubatorNames", incubators.names(page.map(StartupView::incubatorId).filter(Objects::nonNull).toSet(), user.scope()));
        model.addAttribute("sort", Listing.describe(Pageable.unpaged(DEFAULT_SORT)));
        model.addAttribute("regions", regions.within(user.scope()));
        model.addAttribute("brands", brandChoices(user.scope()));
        return "startup/list";
    }

    /** The lookup answers POSTs only; a link to it (or the language switch) leads back to the list. */
    @GetMapping("/lookup")
    @PreAuthorize("hasAuthority('startup:view')")
    String lookupByLink() {
        return "redirect:/startups";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('startup:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String region,
                @RequestParam(required = false) Long brandId, @RequestParam(required = false) String q, Locale locale,
                HttpServletResponse response) throws IOException {
        List<StartupView> rows = startups.export(filter(region, brandId, q), user.scope());
        Map<Long, BrandName> brandNames = brands.names(rows.stream().map(StartupView::brandId).toList());
        Map<Long, String> incubatorNames = incubators.names(rows.stream().map(StartupView::incubatorId).filter(Objects::nonNull).toList(), user.scope());
        List<String> headers = Arrays.stream(new String[]{"name", "region", "brand", "foundedOn", "jobsCreated", "founderName", "founderResidentId",
                "founderPhone", "startupTraining", "startupTrainingOn", "loanBank", "loanAmount", "loanGrantedOn", "loanTermMonths", "loanDueOn",
                "loanInterestSubsidy", "taxRelief", "incubator"}).map(h -> messages.text(locale, "startup.field." + h)).toList();
        String yes = messages.text(locale, "startup.yes");
        String no = messages.text(locale, "startup.no");
        XlsxDownload.send(response, messages.text(locale, "startup.export.name"), headers, rows.stream().map(s -> Arrays.<Object>asList(
                s.name(), regions.name(s.regionCode()), brandNames.containsKey(s.brandId()) ? brandNames.get(s.brandId()).name() : "",
                s.foundedOn(), s.jobsCreated(), s.founderName(), s.founderResidentId(), s.founderPhone(), s.startupTraining() ? yes : no,
                s.startupTrainingOn(), s.loanBank(), s.loanAmount(), s.loanGrantedOn(), s.loanTermMonths(), s.loanDueOn(), s.loanInterestSubsidy(),
                s.taxRelief(), s.incubatorId() == null ? "" : incubatorNames.getOrDefault(s.incubatorId(), ""))).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('startup:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long incubatorId, Model model) {
        Long incubator = incubatorId != null && incubators.find(incubatorId, user.scope()).isPresent() ? incubatorId : null;
        model.addAttribute("form", new StartupForm("", user.scope().regionCode(), null, null, 0, "", "", "", false, null, "", null, null, null,
                null, null, incubator, 0));
        return formPage(user.scope(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('startup:manage')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") StartupForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = startups.register(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "startup.registered");
            return "redirect:/startups/" + id;
        }, () -> formPage(user.scope(), null, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('startup:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        StartupView startup = startups.get(id, user.scope());
        model.addAttribute("startup", startup);
        model.addAttribute("brand", brands.names(List.of(startup.brandId())).get(startup.brandId()));
        model.addAttribute("incubatorName", startup.incubatorId() == null ? null
                : incubators.names(List.of(startup.incubatorId()), user.scope()).get(startup.incubatorId()));
        // the finished courses of the scope the founder attended, to which the start-up training may be linked
        model.addAttribute("founderCourses", user.can("startup:manage") && user.can("training:view")
                ? startups.founderCourses(id, user.scope()) : List.of());
        model.addAttribute("history", startups.history(id, user.scope()));
        return "startup/detail";
    }

    /** 二(三)1: the founder's start-up training is a course of the platform the founder attended. */
    @PostMapping("/{id}/training-course")
    @PreAuthorize("hasAuthority('startup:manage') and hasAuthority('training:view')")
    String linkTrainingCourse(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                              @RequestParam(required = false) Long courseId, @RequestParam(defaultValue = "-1") long version,
                              RedirectAttributes redirect) {
        startups.get(id, user.scope());
        try {
            startups.linkTrainingCourse(id, version, courseId, user.scope());
            redirect.addFlashAttribute("flashSuccess", "startup.course.linked");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/startups/" + id;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('startup:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        StartupView startup = startups.get(id, user.scope());
        model.addAttribute("form", StartupForm.of(startup));
        return formPage(user.scope(), startup, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('startup:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") StartupForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        StartupView startup = startups.get(id, user.scope());
        return Forms.submit(errors, () -> {
            startups.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "startup.updated");
            return "redirect:/startups/" + id;
        }, () -> formPage(user.scope(), startup, model));
    }

    private String formPage(DataScope scope, StartupView startup, Model model) {
        model.addAttribute("startup", startup);
        model.addAttribute("regions", regions.within(scope));
        model.addAttribute("brands", brandChoices(scope));
        model.addAttribute("incubators", incubators.choices(scope));
        return "startup/form";
    }

    /** Brands a start-up of this scope may belong to: those of its own regions and every designated brand. */
    private List<BrandName> brandChoices(DataScope scope) {
        return brands.choices().stream().filter(b -> scope.coversRegion(b.regionCode()) || b.level().isDesignated()).toList();
    }

    private StartupFilter filter(String region, Long brandId, String q) {
        String text = Text.orNull(q);
        return new StartupFilter(region == null || region.isBlank() ? null : regions.coveredCodes(region), brandId,
                null, text != null && text.length() > 100 ? text.substring(0, 100) : text);
    }
}
