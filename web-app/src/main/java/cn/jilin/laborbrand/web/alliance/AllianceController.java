package cn.jilin.laborbrand.web.alliance;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.Dates;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.registry.alliance.AllianceBasis;
import cn.jilin.laborbrand.registry.alliance.AllianceCandidates;
import cn.jilin.laborbrand.registry.alliance.AllianceDetails;
import cn.jilin.laborbrand.registry.alliance.AllianceFilter;
import cn.jilin.laborbrand.registry.alliance.AllianceSummary;
import cn.jilin.laborbrand.registry.alliance.BrandAlliance;
import cn.jilin.laborbrand.registry.alliance.BrandAllianceService;
import cn.jilin.laborbrand.registry.alliance.MemberKind;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
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
 * /alliances: brand alliances of one trade or one region (二(三)2). Every brand user sees them and their members; HRSS
 * founds and edits them, keeps their members and names the lead, who is always a member.
 */
@Controller
@RequestMapping("/alliances")
class AllianceController {

    record AllianceForm(@NotBlank @Size(max = 100) String name, @NotNull AllianceBasis basisKind, IndustrySection industry,
                        String regionCode, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
                        @NotBlank @Size(max = 2000) String basis, long version) {
        static AllianceForm of(AllianceDetails d, long version) {
            return new AllianceForm(d.name(), d.basisKind(), d.industry(), d.regionCode(), d.foundedOn(), d.basis(), version);
        }

        AllianceDetails details() {
            return new AllianceDetails(name, basisKind, industry, regionCode, foundedOn, basis);
        }
    }
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("basisKind"), Sort.Order.asc("name"));

    private final BrandAllianceService alliances;
    private final AllianceCandidates candidates;
    private final RegionService regions;
    private final Messages messages;
    private final Dates dates;

    AllianceController(BrandAllianceService alliances, AllianceCandidates candidates, RegionService regions, Messages messages, Dates dates) {
        this.alliances = alliances;
        this.candidates = candidates;
        this.regions = regions;
        this.messages = messages;
        this.dates = dates;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('brand:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) AllianceBasis basisKind,
                @RequestParam(required = false) IndustrySection industry, @RequestParam(required = false) String region,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("name", "basisKind", "foundedOn"));
        model.addAttribute("page", alliances.search(filter(basisKind, industry, region, q), user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("basisKind", basisKind);
        model.addAttribute("industry", industry);
        model.addAttribute("region", region);
        model.addAttribute("basisKinds", AllianceBasis.values());
        model.addAttribute("industries", IndustrySection.values());
        model.addAttribute("regions", regions.prefectures());
        return "alliance/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('brand:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) AllianceBasis basisKind,
                @RequestParam(required = false) IndustrySection industry, @RequestParam(required = false) String region,
                Locale locale, HttpServletResponse response) throws IOException {
        List<AllianceSummary> rows = alliances.export(filter(basisKind, industry, region, q), user.scope(), DEFAULT_SORT);
        List<String> headers = Arrays.stream(new String[]{"name", "basisKind", "scope", "foundedOn", "lead", "brandCount",
                "enterpriseCount", "basis", "demo"}).map(h -> messages.text(locale, "alliance.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "alliance.export.name"), headers, rows.stream().map(s -> Arrays.<Object>asList(
                s.alliance().getName(), messages.text(locale, "alliance.basisKind." + s.alliance().getBasisKind()), scopeOf(s.alliance(), locale),
                s.alliance().getFoundedOn(), s.leadName(), s.brandCount(), s.enterpriseCount(), s.alliance().getBasis(),
                s.alliance().isDemo() ? messages.text(locale, "brand.demo") : "")).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('alliance:manage')")
    String newForm(Model model) {
        model.addAttribute("form", new AllianceForm("", AllianceBasis.TRADE, null, null, null, "", 0));
        return formPage(null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('alliance:manage')")
    String create(@Valid @ModelAttribute("form") AllianceForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = alliances.create(form.details());
            redirect.addFlashAttribute("flashSuccess", "alliance.created");
            return "redirect:/alliances/" + id;
        }, () -> formPage(null, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale, Model model) {
        BrandAlliance alliance = alliances.get(id, user.scope());
        model.addAttribute("alliance", alliance);
        model.addAttribute("members", alliances.members(id, user.scope()));
        model.addAttribute("scopeText", scopeOf(alliance, locale));
        model.addAttribute("today", dates.today());
        return "alliance/detail";
    }

    /** The type-ahead of the brand a member form adds: brands of the caller's scope that may join, not members yet. */
    @GetMapping(value = "/{id}/brand-options", produces = "application/json")
    @PreAuthorize("hasAuthority('alliance:manage')")
    @ResponseBody
    List<Option> brandOptions(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(required = false) String q) {
        return candidates.brands(id, q, user.scope(), 20).stream()
                .map(b -> new Option(b.id(), b.name(), regions.name(b.regionCode()))).toList();
    }

    /** The type-ahead of the enterprise a member form adds: enterprises of the caller's scope that may join, not members yet. */
    @GetMapping(value = "/{id}/enterprise-options", produces = "application/json")
    @PreAuthorize("hasAuthority('alliance:manage')")
    @ResponseBody
    List<Option> enterpriseOptions(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(required = false) String q) {
        return candidates.enterprises(id, q, user.scope(), 20).stream()
                .map(o -> new Option(o.id(), o.name(), regions.name(o.regionCode()))).toList();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('alliance:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        BrandAlliance alliance = alliances.get(id, user.scope());
        model.addAttribute("form", AllianceForm.of(alliance.details(), alliance.getVersion()));
        return formPage(alliance, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('alliance:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") AllianceForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        BrandAlliance alliance = alliances.get(id, user.scope());
        return Forms.submit(errors, () -> {
            alliances.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "alliance.updated");
            return "redirect:/alliances/" + id;
        }, () -> formPage(alliance, model));
    }

    @PostMapping("/{id}/members")
    @PreAuthorize("hasAuthority('alliance:manage')")
    String addMember(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(required = false) MemberKind kind,
                     @RequestParam(required = false) Long refId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
                     RedirectAttributes redirect) {
        alliances.get(id, user.scope());
        try {
            if (kind == MemberKind.BRAND && refId != null) {
                alliances.addBrand(id, refId, joinedOn, user.scope());
            } else if (kind == MemberKind.ENTERPRISE) {
                alliances.addEnterprise(id, refId, joinedOn, user.scope());
            } else {
                throw new RuleViolation("refId", "alliance.member.required");
            }
            redirect.addFlashAttribute("flashSuccess", "alliance.member.added");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/alliances/" + id + "#members";
    }

    @PostMapping("/{id}/lead")
    @PreAuthorize("hasAuthority('alliance:manage')")
    String makeLead(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(required = false) Long memberId,
                    RedirectAttributes redirect) {
        try {
            alliances.makeLead(id, memberId, user.scope());
            redirect.addFlashAttribute("flashSuccess", "alliance.lead.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/alliances/" + id + "#members";
    }

    @PostMapping("/{id}/members/{memberId}/delete")
    @PreAuthorize("hasAuthority('alliance:manage')")
    String removeMember(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long memberId,
                        RedirectAttributes redirect) {
        try {
            alliances.removeMember(id, memberId, user.scope());
            redirect.addFlashAttribute("flashSuccess", "alliance.member.removed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/alliances/" + id + "#members";
    }

    private String formPage(BrandAlliance alliance, Model model) {
        model.addAttribute("alliance", alliance);
        model.addAttribute("basisKinds", AllianceBasis.values());
        model.addAttribute("industries", IndustrySection.values());
        model.addAttribute("regions", regions.all());
        return "alliance/form";
    }

    /** The trade (section and its name) or the region the alliance is of. */
    private String scopeOf(BrandAlliance alliance, Locale locale) {
        if (alliance.getBasisKind() == AllianceBasis.TRADE) {
            return alliance.getIndustry() + " " + messages.text(locale, "industry." + alliance.getIndustry());
        }
        return regions.find(alliance.getRegionCode()).map(r -> r.getFullName()).orElse(alliance.getRegionCode());
    }

    private AllianceFilter filter(AllianceBasis basisKind, IndustrySection industry, String region, String q) {
        return new AllianceFilter(basisKind, industry, region == null || region.isBlank() ? null : regions.coveredCodes(region), q);
    }

}
