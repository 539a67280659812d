package cn.jilin.laborbrand.web.standard;

import java.util.Comparator;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.standard.BrandStandard;
import cn.jilin.laborbrand.registry.standard.BrandStandardService;
import cn.jilin.laborbrand.registry.standard.StandardDetails;
import cn.jilin.laborbrand.registry.standard.StandardFilter;
import cn.jilin.laborbrand.registry.standard.StandardKind;
import cn.jilin.laborbrand.registry.standard.StandardStatus;
import cn.jilin.laborbrand.registry.standard.StandardSummary;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
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
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /standards: the province's register of brand quality and evaluation standards and of associations' credit commitment
 * systems (二(二)3). HRSS keeps it; the province and every city read all of it.
 */
@Controller
@RequestMapping("/standards")
class StandardController {

    record StandardForm(@NotNull StandardKind kind, @NotBlank @Size(max = 200) String title, @Size(max = 60) String number,
                        @NotBlank @Size(max = 100) String issuingBody, @Size(max = 50) Set<Long> brandIds,
                        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                        @NotNull StandardStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate withdrawnOn, long version) {
        static StandardForm of(StandardDetails d, long version) {
            return new StandardForm(d.kind(), d.title(), d.number(), d.issuingBody(), d.brandIds(), d.issuedOn(), d.effectiveFrom(),
                    d.status(), d.withdrawnOn(), version);
        }

        StandardDetails details() {
            return new StandardDetails(kind, title, number, issuingBody, brandIds, issuedOn, effectiveFrom, status, withdrawnOn);
        }
    }

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("kind"), Sort.Order.desc("issuedOn"), Sort.Order.asc("id"));

    private final BrandStandardService standards;
    private final BrandService brands;
    private final RegionService regions;
    private final Messages messages;

    StandardController(BrandStandardService standards, BrandService brands, RegionService regions, Messages messages) {
        this.regions = regions;
        this.standards = standards;
        this.brands = brands;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('standard:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) StandardKind kind, @RequestParam(required = false) StandardStatus status,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("title", "kind", "number", "issuedOn", "effectiveFrom", "status"));
        model.addAttribute("page", standards.search(new StandardFilter(kind, status, null, q), user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("kinds", StandardKind.values());
        model.addAttribute("statuses", StandardStatus.values());
        return "standard/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('standard:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) StandardKind kind, @RequestParam(required = false) StandardStatus status,
                Locale locale, HttpServletResponse response) throws IOException {
        List<StandardSummary> rows = standards.export(new StandardFilter(kind, status, null, q), user.scope(), DEFAULT_SORT);
        List<String> headers = Arrays.stream(new String[]{"kind", "title", "number", "issuingBody", "brands", "issuedOn", "effectiveFrom",
                "status", "withdrawnOn", "demo"}).map(h -> messages.text(locale, "standard.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "standard.export.name"), headers, rows.stream().map(s -> Arrays.<Object>asList(
                messages.text(locale, "standard.kind." + s.standard().getKind()), s.standard().getTitle(), s.standard().getNumber(),
                s.standard().getIssuingBody(), String.join("、", s.brandNames()), s.standard().getIssuedOn(), s.standard().getEffectiveFrom(),
                messages.text(locale, "standard.status." + s.standard().getStatus()), s.standard().getWithdrawnOn(),
                s.standard().isDemo() ? messages.text(locale, "brand.demo") : "")).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('standard:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", new StandardForm(StandardKind.GROUP, "", "", "", Set.of(), null, null, StandardStatus.IN_FORCE, null, 0));
        return formPage(user, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('standard:manage')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") StandardForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = standards.create(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "standard.created");
            return "redirect:/standards/" + id;
        }, () -> formPage(user, null, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('standard:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("view", standards.view(id, user.scope()));
        model.addAttribute("history", standards.history(id, user.scope()));
        return "standard/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('standard:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        BrandStandard standard = standards.get(id, user.scope());
        model.addAttribute("form", StandardForm.of(standard.details(), standard.getVersion()));
        return formPage(user, standard, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('standard:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") StandardForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        BrandStandard standard = standards.get(id, user.scope());
        return Forms.submit(errors, () -> {
            standards.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "standard.updated");
            return "redirect:/standards/" + id;
        }, () -> formPage(user, standard, model));
    }

    private String formPage(SignedInAccount user, BrandStandard standard, Model model) {
        model.addAttribute("standard", standard);
        model.addAttribute("kinds", StandardKind.values());
        model.addAttribute("statuses", StandardStatus.values());
        // the chosen brands as the type-ahead field shows them (the register is the province's: any brand), kept on a failed form
        StandardForm form = (StandardForm) model.getAttribute("form");
        Set<Long> chosen = form == null || form.brandIds() == null ? Set.of() : form.brandIds();
        model.addAttribute("chosenBrands", chosen.isEmpty() ? List.of() : brands.names(chosen).values().stream()
                .sorted(Comparator.comparing(BrandName::name)).map(b -> new Option(b.id(), b.name(), regions.name(b.regionCode()))).toList());
        return "standard/form";
    }
}
