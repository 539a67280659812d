package cn.jilin.laborbrand.web.catalog;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.catalog.CatalogEntry;
import cn.jilin.laborbrand.registry.catalog.CatalogFilter;
import cn.jilin.laborbrand.registry.catalog.CatalogStatus;
import cn.jilin.laborbrand.registry.catalog.GuidanceCatalogService;
import cn.jilin.laborbrand.registry.catalog.ReviewOutcome;
import cn.jilin.laborbrand.registry.catalog.SupportKind;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /catalog: the guidance catalogues of key brands (二(一)3) — the province's and each city's own resource library. Every
 * brand user sees the entries of the brands in their scope, in any catalogue; a catalogue's own office (HRSS for the
 * province's, a city bureau for its own) adds, reviews every year and removes entries, always with a reason, and
 * attaches supporting institutions.
 */
@Controller
@RequestMapping("/catalog")
class CatalogController {

    record EntryForm(@NotNull Long brandId, @NotNull Integer year, @NotBlank @Size(max = 2000) String reason) {
    }

    record ReviewForm(@NotNull ReviewOutcome outcome, @NotBlank @Size(max = 2000) String note, long version) {
    }

    record RemoveForm(@NotBlank @Size(max = 2000) String reason, long version) {
    }

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("status"), Sort.Order.desc("catalogYear"),
            Sort.Order.asc("brand.regionCode"), Sort.Order.asc("brand.name"));
    private static final Set<String> SORTABLE = Set.of("brand.name", "brand.regionCode", "catalogYear", "status", "lastReviewYear");

    private final GuidanceCatalogService catalog;
    private final BrandService brands;
    private final RegionService regions;
    private final Messages messages;
    private final Catalogues catalogues;

    CatalogController(GuidanceCatalogService catalog, BrandService brands, RegionService regions, Messages messages, Catalogues catalogues) {
        this.catalog = catalog;
        this.catalogues = catalogues;
        this.brands = brands;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('brand:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String catalogue,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String region, @RequestParam(required = false) BrandType type,
                @RequestParam(required = false) CatalogStatus status, @RequestParam(required = false) String q,
                Pageable pageable, Locale locale, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, SORTABLE);
        String shown = catalogues.choice(catalogue, user.scope());
        model.addAttribute("page", catalog.search(filter(shown, year, region, type, status, q), user.scope(), page));
        model.addAttribute("catalogue", shown);
        model.addAttribute("catalogues", catalogues.options(user.scope(), locale));
        model.addAttribute("kept", catalog.keptBy(user.scope()).orElse(null));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("year", year);
        model.addAttribute("region", region);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("years", years());
        model.addAttribute("currentYear", catalog.currentYear());
        model.addAttribute("regions", regions.within(user.scope()));
        model.addAttribute("types", BrandType.values());
        model.addAttribute("statuses", CatalogStatus.values());
        return "catalog/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('brand:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String catalogue,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String region, @RequestParam(required = false) BrandType type,
                @RequestParam(required = false) CatalogStatus status, @RequestParam(required = false) String q,
                Locale locale, HttpServletResponse response) throws IOException {
        String shown = catalogues.choice(catalogue, user.scope());
        List<CatalogEntry> rows = catalog.export(filter(shown, year, region, type, status, q), user.scope(), DEFAULT_SORT);
        List<String> headers = Arrays.stream(new String[]{"catalogue", "brand", "region", "type", "level", "year", "status", "reason",
                "removalReason", "lastReviewYear", "demo"}).map(h -> messages.text(locale, "catalog.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "catalog.export.name"), headers, rows.stream().map(e -> Arrays.<Object>asList(
                catalogues.name(e.getOwner(), locale), e.getBrand().getName(), regions.name(e.getBrand().getRegionCode()), messages.text(locale, "brand.type." + e.getBrand().getType()),
                messages.text(locale, "brand.level." + e.getBrand().getLevel()), e.getCatalogYear(), messages.text(locale, "catalog.status." + e.getStatus()),
                e.getReason(), e.getRemovalReason(), e.getLastReviewYear(), e.isDemo() ? messages.text(locale, "brand.demo") : "")).toList());
    }

    /** 动态管理: the listed entries whose review of this year is still to be done. */
    @GetMapping("/review")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String dueForReview(@AuthenticationPrincipal SignedInAccount user, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, SORTABLE);
        model.addAttribute("page", catalog.dueForReview(user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("currentYear", catalog.currentYear());
        return "catalog/review";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long brandId, Model model) {
        model.addAttribute("form", new EntryForm(brandId, catalog.currentYear(), ""));
        return formPage(user.scope(), brandId, model);
    }

    /** The type-ahead of the form's brand field: active brands of the caller's scope not in the catalogue now. */
    @GetMapping(value = "/brand-options", produces = "application/json")
    @PreAuthorize("hasAuthority('catalog:manage')")
    @ResponseBody
    List<Option> brandOptions(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q) {
        return catalog.candidates(q, user.scope(), 20).stream()
                .map(b -> new Option(b.id(), b.name(), regions.name(b.regionCode()) + " · " + messages.text("brand.level." + b.level())))
                .toList();
    }

    /** The type-ahead of an entry's supporting organisation: institutions and enterprises of the caller's scope. */
    @GetMapping(value = "/supporter-options", produces = "application/json")
    @PreAuthorize("hasAuthority('catalog:manage')")
    @ResponseBody
    List<Option> supporterOptions(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q) {
        return catalog.supporterOptions(q, user.scope(), 20).stream()
                .map(o -> new Option(o.id(), o.name(), messages.text("organisation.kind." + o.kind()) + " · " + regions.name(o.regionCode())))
                .toList();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('catalog:manage')")
    String add(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") EntryForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = catalog.add(form.brandId(), form.year(), form.reason(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "catalog.added");
            return "redirect:/catalog/" + id;
        }, () -> formPage(user.scope(), form.brandId(), model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        CatalogEntry entry = catalog.get(id, user.scope());
        model.addAttribute("entry", entry);
        model.addAttribute("history", catalog.history(id, user.scope()));
        model.addAttribute("supports", catalog.supports(id, user.scope()));
        model.addAttribute("currentYear", catalog.currentYear());
        model.addAttribute("dueForReview", entry.isDueForReview(catalog.currentYear()));
        boolean keeps = user.can("catalog:manage") && catalog.keeps(entry, user.scope());
        model.addAttribute("keeps", keeps);
        if (keeps && entry.isListed()) {
            model.addAttribute("supportKinds", SupportKind.values());
        }
        return "catalog/detail";
    }

    @GetMapping("/{id}/review")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String reviewForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        CatalogEntry entry = catalog.get(id, user.scope());
        model.addAttribute("form", new ReviewForm(ReviewOutcome.KEEP, "", entry.getVersion()));
        return decisionPage(entry, "review", model);
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String review(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") ReviewForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        CatalogEntry entry = catalog.get(id, user.scope());
        return Forms.submit(errors, () -> {
            catalog.review(id, form.version(), form.outcome(), form.note(), user.scope());
            redirect.addFlashAttribute("flashSuccess", form.outcome() == ReviewOutcome.KEEP ? "catalog.reviewed.kept" : "catalog.reviewed.removed");
            return "redirect:/catalog/" + id;
        }, () -> decisionPage(entry, "review", model));
    }

    @GetMapping("/{id}/remove")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String removeForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        CatalogEntry entry = catalog.get(id, user.scope());
        model.addAttribute("form", new RemoveForm("", entry.getVersion()));
        return decisionPage(entry, "remove", model);
    }

    @PostMapping("/{id}/remove")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String remove(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") RemoveForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        CatalogEntry entry = catalog.get(id, user.scope());
        return Forms.submit(errors, () -> {
            catalog.remove(id, form.version(), form.reason(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "catalog.removed");
            return "redirect:/catalog/" + id;
        }, () -> decisionPage(entry, "remove", model));
    }

    @PostMapping("/{id}/supports")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String attachSupport(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                         @RequestParam(required = false) Long organisationId, @RequestParam(required = false) SupportKind kind,
                         @RequestParam(required = false) String note, RedirectAttributes redirect) {
        catalog.get(id, user.scope()); // 404 outside the scope, before anything the form says
        try {
            if (organisationId == null) {
                throw new RuleViolation("organisationId", "catalog.support.unknownOrganisation");
            }
            if (note != null && note.length() > 200) {
                throw new RuleViolation("note", "catalog.support.noteTooLong");
            }
            catalog.attachSupport(id, organisationId, kind, note, user.scope());
            redirect.addFlashAttribute("flashSuccess", "catalog.support.attached");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/catalog/" + id + "#supports";
    }

    @PostMapping("/{id}/supports/{supportId}/delete")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String detachSupport(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long supportId,
                         RedirectAttributes redirect) {
        catalog.detachSupport(id, supportId, user.scope());
        redirect.addFlashAttribute("flashSuccess", "catalog.support.detached");
        return "redirect:/catalog/" + id + "#supports";
    }

    /** The form; the brand chosen (from a brand's page, or before an error) is named when it lies within the caller's scope. */
    private String formPage(DataScope scope, Long brandId, Model model) {
        model.addAttribute("kept", catalog.keptBy(scope).orElse(null));
        String brandName = "";
        if (brandId != null && brands.visible(List.of(brandId), scope).contains(brandId)) {
            brandName = brands.names(List.of(brandId)).get(brandId).name();
        }
        model.addAttribute("brandName", brandName);
        model.addAttribute("years", years());
        return "catalog/form";
    }

    private String decisionPage(CatalogEntry entry, String mode, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("mode", mode);
        model.addAttribute("outcomes", ReviewOutcome.values());
        model.addAttribute("currentYear", catalog.currentYear());
        return "catalog/decision";
    }

    private List<Integer> years() {
        return IntStream.rangeClosed(GuidanceCatalogService.FIRST_YEAR, catalog.currentYear() + 1).boxed()
                .sorted(Comparator.reverseOrder()).toList();
    }

    private CatalogFilter filter(String catalogue, Integer year, String region, BrandType type, CatalogStatus status, String q) {
        return new CatalogFilter(catalogues.owner(catalogue), year, region == null || region.isBlank() ? null : regions.coveredCodes(region), type, status, q);
    }

}
