package cn.jilin.laborbrand.web.park;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.park.IndustrialPark;
import cn.jilin.laborbrand.registry.park.IndustrialParkService;
import cn.jilin.laborbrand.registry.park.ParkDetails;
import cn.jilin.laborbrand.registry.park.ParkFilter;
import cn.jilin.laborbrand.registry.park.ParkSummary;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
 * /parks: labor-brand industrial parks (二(三)3). A city officer registers and keeps the parks of its region and
 * counties, the province all; the figures of each year are kept on the park's page ({@link ParkFiguresController}).
 */
@Controller
@RequestMapping("/parks")
class ParkController {

    record ParkForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 6) String regionCode,
                    @NotBlank @Size(max = 2000) String positioning, @Size(max = 50) Set<Long> brandIds,
                    @Size(max = 500) Set<Long> organisationIds, long version) {
        static ParkForm of(ParkDetails d, long version) {
            return new ParkForm(d.name(), d.regionCode(), d.positioning(), d.brandIds(), d.organisationIds(), version);
        }

        ParkDetails details() {
            return new ParkDetails(name, regionCode, positioning, brandIds, organisationIds);
        }
    }

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("regionCode"), Sort.Order.asc("name"));
    private static final int OPTIONS = 20;
    private static final int QUERY_LENGTH = 50;

    private final IndustrialParkService parks;
    private final BrandService brands;
    private final RegionService regions;
    private final Messages messages;

    ParkController(IndustrialParkService parks, BrandService brands, RegionService regions, Messages messages) {
        this.parks = parks;
        this.brands = brands;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('park:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("name", "regionCode", "createdAt"));
        model.addAttribute("page", parks.search(filter(region, q), user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("regions", regions.prefecturesWithin(user.scope()));
        return "park/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('park:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, Locale locale, HttpServletResponse response) throws IOException {
        List<ParkSummary> rows = parks.export(filter(region, q), user.scope(), DEFAULT_SORT);
        List<String> headers = Arrays.stream(new String[]{"name", "region", "positioning", "brandCount", "enterpriseCount", "latestYear", "demo"})
                .map(h -> messages.text(locale, "park.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "park.export.name"), headers, rows.stream().map(s -> Arrays.<Object>asList(
                s.park().getName(), regions.name(s.park().getRegionCode()), s.park().getPositioning(), s.brandCount(), s.enterpriseCount(),
                s.latestYear(), s.park().isDemo() ? messages.text(locale, "brand.demo") : "")).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('park:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        String region = user.scope().regionCode();
        ParkForm form = new ParkForm("", region, "", Set.of(), Set.of(), 0);
        model.addAttribute("form", form);
        return formPage(user, null, form, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('park:manage')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") ParkForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = parks.create(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "park.created");
            return "redirect:/parks/" + id;
        }, () -> formPage(user, null, form, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('park:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("view", parks.view(id, user.scope()));
        model.addAttribute("history", parks.history(id, user.scope()));
        return "park/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('park:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        IndustrialPark park = parks.get(id, user.scope());
        ParkForm form = ParkForm.of(park.details(), park.getVersion());
        model.addAttribute("form", form);
        return formPage(user, park, form, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('park:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") ParkForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        IndustrialPark park = parks.get(id, user.scope());
        return Forms.submit(errors, () -> {
            parks.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "park.updated");
            return "redirect:/parks/" + id;
        }, () -> formPage(user, park, form, model));
    }

    /** The type-ahead of the park form's brands: up to 20 brands of the caller's scope whose name contains {@code q}. */
    @GetMapping(value = "/brand-options", produces = "application/json")
    @PreAuthorize("hasAuthority('park:manage')")
    @ResponseBody
    List<Option> brandOptions(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q) {
        return brands.options(bounded(q), user.scope(), OPTIONS).stream()
                .map(b -> new Option(b.id(), b.name(), regions.name(b.regionCode()))).toList();
    }

    /** The type-ahead of the park form's enterprises: enterprises and institutions of the caller's scope, no government units. */
    @GetMapping(value = "/enterprise-options", produces = "application/json")
    @PreAuthorize("hasAuthority('park:manage')")
    @ResponseBody
    List<Option> enterpriseOptions(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q) {
        return parks.enterpriseOptions(bounded(q), user.scope(), OPTIONS).stream()
                .map(o -> new Option(o.id(), o.name(), regions.name(o.regionCode()))).toList();
    }

    private static String bounded(String q) {
        return q == null || q.length() <= QUERY_LENGTH ? q : q.substring(0, QUERY_LENGTH);
    }

    private String formPage(SignedInAccount user, IndustrialPark park, ParkForm form, Model model) {
        model.addAttribute("park", park);
        model.addAttribute("regions", regions.within(user.scope()).stream()
                .filter(r -> r.getLevel() != cn.jilin.laborbrand.platform.region.RegionLevel.PROVINCE).toList());
        // the chosen brands and enterprises (of the caller's scope) as the type-ahead fields show them, kept on a failed form
        Set<Long> brandIds = form.brandIds() == null ? Set.of() : brands.visible(form.brandIds(), user.scope());
        model.addAttribute("chosenBrands", brands.names(brandIds).values().stream()
                .map(b -> new Option(b.id(), b.name(), regions.name(b.regionCode()))).toList());
        model.addAttribute("chosenEnterprises", form.organisationIds() == null || form.organisationIds().isEmpty() ? List.of()
                : parks.enterpriseChoices(form.organisationIds(), user.scope()).stream()
                .map(o -> new Option(o.id(), o.name(), regions.name(o.regionCode()))).toList());
        return "park/form";
    }

    private ParkFilter filter(String region, String q) {
        return new ParkFilter(region == null || region.isBlank() ? null : regions.coveredCodes(region), q, null);
    }
}
