package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import cn.jilin.laborbrand.training.studio.SkillStudio;
import cn.jilin.laborbrand.training.studio.StudioDetails;
import cn.jilin.laborbrand.training.studio.StudioKind;
import cn.jilin.laborbrand.training.studio.StudioService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /training/studios: skill-master studios, expert studios and high-skill training bases (二(二)1). */
@Controller
@RequestMapping("/training/studios")
class StudioController {

    /** The studio form as posted. */
    record StudioForm(@NotNull StudioKind kind, @NotBlank @Size(max = 100) String name, @NotBlank String regionCode,
                      @NotBlank @Size(max = 100) String host, @Size(max = 50) String leader, String occupationCode, Long brandId,
                      @Min(2000) @Max(2100) Integer approvedYear, @Size(max = 5000) String description, long version) {
        StudioDetails details() {
            return new StudioDetails(kind, name, regionCode, host, leader, occupationCode, brandId, approvedYear, description);
        }
    }

    private final StudioService studios;
    private final RegionService regions;
    private final OccupationService occupations;
    private final BrandService brands;
    private final Messages messages;

    StudioController(StudioService studios, RegionService regions, OccupationService occupations, BrandService brands, Messages messages) {
        this.studios = studios;
        this.regions = regions;
        this.occupations = occupations;
        this.brands = brands;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('employment:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) StudioKind kind,
                @RequestParam(required = false) String region, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by("regionCode", "name"), Set.of("name", "regionCode", "kind", "approvedYear"));
        model.addAttribute("page", studios.search(kind, region == null || region.isBlank() ? null : regions.coveredCodes(region), user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("kind", kind);
        model.addAttribute("region", region);
        model.addAttribute("kinds", StudioKind.values());
        model.addAttribute("regions", regions(user.scope()));
        model.addAttribute("occupations", occupations.byCode());
        return "training/studio/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('employment:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, Locale locale, HttpServletResponse response) throws IOException {
        List<SkillStudio> rows = studios.export(user.scope());
        List<String> headers = Arrays.stream(new String[]{"kind", "name", "region", "host", "leader", "occupation", "approvedYear"})
                .map(h -> messages.text(locale, "studio.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "studio.export.name"), headers, rows.stream().map(s -> Arrays.<Object>asList(
                messages.text(locale, "studio.kind." + s.getKind()), s.getName(), regions.name(s.getRegionCode()), s.getHost(), s.getLeader(),
                s.getOccupationCode() == null ? "" : occupations.label(s.getOccupationCode()), s.getApprovedYear())).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('employment:edit')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", new StudioForm(StudioKind.SKILL_MASTER_STUDIO, "", user.scope().regionCode(), "", "", "", null, null, "", 0));
        return formPage(user.scope(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('employment:edit')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") StudioForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            studios.register(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "studio.registered");
            return "redirect:/training/studios";
        }, () -> formPage(user.scope(), null, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('employment:edit')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        SkillStudio s = studios.get(id, user.scope());
        StudioDetails d = s.details();
        model.addAttribute("form", new StudioForm(d.kind(), d.name(), d.regionCode(), d.host(), d.leader(), d.occupationCode(), d.brandId(),
                d.approvedYear(), d.description(), s.getVersion()));
        return formPage(user.scope(), s, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('employment:edit')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") StudioForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        SkillStudio studio = studios.get(id, user.scope());
        return Forms.submit(errors, () -> {
            studios.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "studio.updated");
            return "redirect:/training/studios";
        }, () -> formPage(user.scope(), studio, model));
    }

    private String formPage(DataScope scope, SkillStudio studio, Model model) {
        model.addAttribute("studio", studio);
        model.addAttribute("kinds", StudioKind.values());
        model.addAttribute("regions", regions(scope));
        model.addAttribute("occupationChoices", occupations.all());
        model.addAttribute("brands", brands.choices());
        return "training/studio/form";
    }

    private List<cn.jilin.laborbrand.platform.region.Region> regions(DataScope scope) {
        return regions.within(scope);
    }

}
