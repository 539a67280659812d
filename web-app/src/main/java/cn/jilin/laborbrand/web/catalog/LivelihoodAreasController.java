package cn.jilin.laborbrand.web.catalog;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttribute;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeDetails;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeFilter;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeKind;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeService;
import cn.jilin.laborbrand.registry.livelihood.LivelihoodAreasService;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Pageable;
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
 * /catalog/livelihood-areas: the areas 二(一)2 names for 民生保障型 brands (资源枯竭城市、独立工矿区、省级乡村振兴重点帮扶县、
 * 易地扶贫搬迁安置区), each with its source, kept by the province and read by the cities for their own region; and the
 * livelihood view (/brands): the livelihood brands of each area, the areas without one, and a summary per kind.
 */
@Controller
@RequestMapping("/catalog/livelihood-areas")
class LivelihoodAreasController {

    record AreaForm(@NotBlank @Size(max = 6) String regionCode, @NotNull RegionAttributeKind kind, @Size(max = 100) String siteName,
                    @NotBlank @Size(max = 300) String sourceDocument, Integer sinceYear, @Size(max = 500) String note,
                    long version) {
        static AreaForm of(RegionAttributeDetails d, long version) {
            return new AreaForm(d.regionCode(), d.kind(), d.siteName(), d.sourceDocument(), d.sinceYear(), d.note(), version);
        }

        RegionAttributeDetails details() {
            return new RegionAttributeDetails(regionCode, kind, siteName, sourceDocument, sinceYear, note);
        }
    }

    private final RegionAttributeService attributes;
    private final LivelihoodAreasService livelihood;
    private final RegionService regions;
    private final Messages messages;

    LivelihoodAreasController(RegionAttributeService attributes, LivelihoodAreasService livelihood, RegionService regions, Messages messages) {
        this.attributes = attributes;
        this.livelihood = livelihood;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('region:attribute:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) RegionAttributeKind kind, @RequestParam(required = false) String region,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, RegionAttributeService.ORDER, Set.of("kind", "regionCode", "siteName", "sinceYear"));
        model.addAttribute("page", attributes.search(filter(kind, region, q), user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("region", region);
        model.addAttribute("kinds", RegionAttributeKind.values());
        model.addAttribute("regions", regions.prefecturesWithin(user.scope()));
        return "livelihood/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('region:attribute:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) RegionAttributeKind kind, @RequestParam(required = false) String region,
                Locale locale, HttpServletResponse response) throws IOException {
        List<RegionAttribute> rows = attributes.export(filter(kind, region, q), user.scope(), RegionAttributeService.ORDER);
        List<String> headers = Arrays.stream(new String[]{"kind", "region", "regionCode", "siteName", "sourceDocument", "sinceYear", "note", "demo"})
                .map(h -> messages.text(locale, "livelihood.area.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "livelihood.area.export.name"), headers, rows.stream().map(a -> Arrays.<Object>asList(
                messages.text(locale, "livelihood.area.kind." + a.getKind()), regions.find(a.getRegionCode()).map(r -> r.getFullName()).orElse(a.getRegionCode()),
                a.getRegionCode(), a.getSiteName(), a.getSourceDocument(), a.getSinceYear(), a.getNote(),
                a.isDemo() ? messages.text(locale, "brand.demo") : "")).toList());
    }

    /** The livelihood view: each area of the scope with its 民生保障型 brands, the gaps, and the summary per kind. */
    @GetMapping("/brands")
    @PreAuthorize("hasAuthority('region:attribute:view')")
    String brands(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) RegionAttributeKind kind,
                  @RequestParam(defaultValue = "false") boolean gaps, Model model) {
        model.addAttribute("view", livelihood.view(kind, gaps, user.scope()));
        model.addAttribute("kind", kind);
        model.addAttribute("gaps", gaps);
        model.addAttribute("kinds", RegionAttributeKind.values());
        return "livelihood/brands";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('region:attribute:manage')")
    String newForm(Model model) {
        model.addAttribute("form", new AreaForm("", RegionAttributeKind.RURAL_REVITALISATION_COUNTY, "", "", null, "", 0));
        return formPage(null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('region:attribute:manage')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") AreaForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = attributes.create(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "livelihood.area.created");
            return "redirect:/catalog/livelihood-areas/" + id;
        }, () -> formPage(null, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('region:attribute:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        RegionAttribute area = attributes.get(id, user.scope());
        model.addAttribute("area", area);
        model.addAttribute("regionName", regions.name(area.getRegionCode()));
        model.addAttribute("history", attributes.history(id, user.scope()));
        return "livelihood/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('region:attribute:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        RegionAttribute area = attributes.get(id, user.scope());
        model.addAttribute("form", AreaForm.of(area.details(), area.getVersion()));
        return formPage(area, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('region:attribute:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") AreaForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        RegionAttribute area = attributes.get(id, user.scope());
        return Forms.submit(errors, () -> {
            attributes.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "livelihood.area.updated");
            return "redirect:/catalog/livelihood-areas/" + id;
        }, () -> formPage(area, model));
    }

    @PostMapping("/{id}/remove")
    @PreAuthorize("hasAuthority('region:attribute:manage')")
    String remove(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            attributes.remove(id, version, user.scope());
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("flashError", refused.messageKeys().get(0));
            return "redirect:/catalog/livelihood-areas/" + id;
        }
        redirect.addFlashAttribute("flashSuccess", "livelihood.area.removed");
        return "redirect:/catalog/livelihood-areas";
    }

    private String formPage(RegionAttribute area, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("kinds", RegionAttributeKind.values());
        model.addAttribute("regions", regions.all().stream().filter(r -> r.getLevel() != RegionLevel.PROVINCE).toList());
        return "livelihood/form";
    }

    private RegionAttributeFilter filter(RegionAttributeKind kind, String region, String q) {
        return new RegionAttributeFilter(kind, region == null || region.isBlank() ? null : regions.coveredCodes(region), q);
    }
}
