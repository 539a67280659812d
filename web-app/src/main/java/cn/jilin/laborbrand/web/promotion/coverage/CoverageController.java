package cn.jilin.laborbrand.web.promotion.coverage;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.promotion.coverage.CoverageCount;
import cn.jilin.laborbrand.promotion.coverage.CoverageFilter;
import cn.jilin.laborbrand.promotion.coverage.CoverageKind;
import cn.jilin.laborbrand.promotion.coverage.CoverageService;
import cn.jilin.laborbrand.promotion.coverage.MediaCoverage;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
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

/**
 * /promotion/coverage: media coverage (宣传报道, 三(四)) of the caller's region — the list with its counts per brand and per
 * city, exports of both, record, edit, delete.
 */
@Controller
@RequestMapping("/promotion/coverage")
class CoverageController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.desc("id"));
    private static final Set<String> SORTABLE = Set.of("title", "outlet", "kind", "publishedOn", "regionCode");

    private final CoverageService coverage;
    private final BrandService brands;
    private final RegionService regions;
    private final Messages messages;
    private final Clock clock;

    CoverageController(CoverageService coverage, BrandService brands, RegionService regions, Messages messages, Clock clock) {
        this.coverage = coverage;
        this.brands = brands;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('promotion:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) Long brandId,
                @RequestParam(required = false) CoverageKind kind, @RequestParam(required = false) Integer year, Pageable pageable,
                Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, SORTABLE);
        CoverageFilter filter = filter(q, region, brandId, kind, year);
        Page<MediaCoverage> found = coverage.search(filter, user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("brandNames", names(found.getContent()));
        model.addAttribute("byBrand", coverage.countsByBrand(filter, user.scope()));
        model.addAttribute("byCity", coverage.countsByCity(filter, user.scope()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("brandId", brandId);
        model.addAttribute("kind", kind);
        model.addAttribute("year", filter.year());
        model.addAttribute("kinds", CoverageKind.values());
        model.addAttribute("years", years());
        model.addAttribute("regions", regions.within(user.scope()));
        return "promotion/coverage/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('promotion:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) Long brandId,
                @RequestParam(required = false) CoverageKind kind, @RequestParam(required = false) Integer year, Locale locale,
                HttpServletResponse response) throws IOException {
        List<MediaCoverage> rows = coverage.export(filter(q, region, brandId, kind, year), user.scope(), DEFAULT_SORT);
        Map<Long, BrandName> names = names(rows);
        List<String> headers = Arrays.stream(new String[]{"publishedOn", "outlet", "kind", "title", "link", "brands", "region", "summary"})
                .map(h -> messages.text(locale, "promotion.coverage.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "promotion.coverage.export.name"), headers, rows.stream().map(c -> Arrays.<Object>asList(
                c.getPublishedOn(), c.getOutlet(), messages.text(locale, "promotion.coverage.kind." + c.getKind()), c.getTitle(), c.getLink(),
                c.getBrandIds().stream().map(names::get).filter(java.util.Objects::nonNull).map(BrandName::name).sorted()
                        .collect(Collectors.joining("、")),
                regions.name(c.getRegionCode()), c.getSummary())).toList());
    }

    /** The counts per brand and per city (two blocks of one sheet), as the page shows them for the same filters. */
    @GetMapping("/summary/export")
    @PreAuthorize("hasAuthority('promotion:view')")
    void exportSummary(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                       @RequestParam(required = false) String region, @RequestParam(required = false) Long brandId,
                       @RequestParam(required = false) CoverageKind kind, @RequestParam(required = false) Integer year, Locale locale,
                       HttpServletResponse response) throws IOException {
        CoverageFilter filter = filter(q, region, brandId, kind, year);
        List<String> headers = new ArrayList<>(List.of(messages.text(locale, "promotion.coverage.summary.group"),
                messages.text(locale, "promotion.coverage.summary.name")));
        Arrays.stream(CoverageKind.values()).forEach(k -> headers.add(messages.text(locale, "promotion.coverage.kind." + k)));
        headers.add(messages.text(locale, "promotion.coverage.summary.total"));
        List<List<Object>> rows = new ArrayList<>();
        String brandGroup = messages.text(locale, "promotion.coverage.summary.byBrand");
        String cityGroup = messages.text(locale, "promotion.coverage.summary.byCity");
        coverage.countsByBrand(filter, user.scope()).forEach(c -> rows.add(row(brandGroup, c)));
        coverage.countsByCity(filter, user.scope()).forEach(c -> rows.add(row(cityGroup, c)));
        XlsxDownload.send(response, messages.text(locale, "promotion.coverage.summary.export.name"), headers, rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", CoverageForm.empty());
        return formPage(user.scope(), null, Set.of(), model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('promotion:manage')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") CoverageForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            coverage.create(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "promotion.coverage.created");
            return "redirect:/promotion/coverage";
        }, () -> formPage(user.scope(), null, form.brandIds(), model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        MediaCoverage report = coverage.get(id, user.scope());
        model.addAttribute("form", CoverageForm.of(report));
        return formPage(user.scope(), id, report.getBrandIds(), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") CoverageForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        coverage.get(id, user.scope());
        return Forms.submit(errors, () -> {
            coverage.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "promotion.coverage.updated");
            return "redirect:/promotion/coverage";
        }, () -> formPage(user.scope(), id, form.brandIds(), model));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String delete(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            coverage.delete(id, user.scope());
            redirect.addFlashAttribute("flashSuccess", "promotion.coverage.deleted");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/promotion/coverage";
    }

    private static List<Object> row(String group, CoverageCount c) {
        return Arrays.asList(group, c.name(), c.tv(), c.newspaper(), c.newMedia(), c.radio(), c.film(), c.total());
    }

    private String formPage(DataScope scope, Long id, Collection<Long> brandIds, Model model) {
        Set<Long> ids = brandIds == null || brandIds.isEmpty() ? Set.of() : brands.visible(brandIds, scope);
        model.addAttribute("coverageId", id);
        model.addAttribute("chosenBrands", brands.names(ids).values().stream()
                .map(b -> new Option(b.id(), b.name(), regions.name(b.regionCode()))).toList());
        model.addAttribute("kinds", CoverageKind.values());
        model.addAttribute("regions", regions.within(scope));
        return "promotion/coverage/form";
    }

    private Map<Long, BrandName> names(Collection<MediaCoverage> found) {
        Set<Long> ids = new HashSet<>();
        found.forEach(c -> ids.addAll(c.getBrandIds()));
        return brands.names(ids);
    }

    private List<Integer> years() {
        int thisYear = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(2022, thisYear).map(y -> thisYear - (y - 2022)).boxed().toList();
    }

    private CoverageFilter filter(String q, String region, Long brandId, CoverageKind kind, Integer year) {
        Integer shownYear = year == null || year < 2000 || year > 2100 ? null : year;
        return new CoverageFilter(q, region == null || region.isBlank() ? null : regions.coveredCodes(region), brandId, kind, shownYear);
    }
}
