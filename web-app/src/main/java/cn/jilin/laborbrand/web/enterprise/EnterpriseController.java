package cn.jilin.laborbrand.web.enterprise;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.code.ValidCreditCode;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.enterprise.LeadingEnterpriseFilter;
import cn.jilin.laborbrand.registry.enterprise.LeadingEnterpriseService;
import cn.jilin.laborbrand.registry.enterprise.LeadingEnterpriseView;
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
 * /enterprises: leading enterprises (龙头企业, 二(三)2) and the brands they anchor, within the caller's scope. City
 * bureaus and HRSS link enterprises of the directory to their brands, registering a new enterprise on the way if needed.
 */
@Controller
@RequestMapping("/enterprises")
class EnterpriseController {

    record LinkForm(@NotNull Long brandId, @NotNull Long organisationId, @Size(max = 500) String note) {
    }

    record RegisterForm(@NotNull Long brandId, @NotBlank @Size(max = 100) String name, @NotBlank String regionCode,
                        @NotBlank @ValidCreditCode String creditCode, @Size(max = 200) String address, @Size(max = 500) String note) {
    }

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("organisationId"), Sort.Order.asc("brand.name"));
    private static final Set<String> SORTABLE = Set.of("brand.name", "brand.regionCode", "createdAt");

    private final LeadingEnterpriseService enterprises;
    private final BrandService brands;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final Messages messages;

    EnterpriseController(LeadingEnterpriseService enterprises, BrandService brands, OrganisationService organisations,
                         RegionService regions, Messages messages) {
        this.enterprises = enterprises;
        this.brands = brands;
        this.organisations = organisations;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('brand:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, SORTABLE);
        model.addAttribute("page", enterprises.search(filter(q, region), user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("regions", regions.within(user.scope()));
        return "enterprise/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('brand:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, Locale locale, HttpServletResponse response) throws IOException {
        List<LeadingEnterpriseView> rows = enterprises.export(filter(q, region), user.scope(), DEFAULT_SORT);
        List<String> headers = Arrays.stream(new String[]{"enterprise", "creditCode", "enterpriseRegion", "brand", "brandRegion",
                "note", "linkedAt", "demo"}).map(h -> messages.text(locale, "enterprise.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "enterprise.export.name"), headers, rows.stream().map(e -> Arrays.<Object>asList(
                e.enterpriseName(), e.creditCode(), regions.name(e.enterpriseRegionCode()), e.brandName(),
                regions.name(e.brandRegionCode()), e.note(), e.linkedAt(), e.demo() ? messages.text(locale, "brand.demo") : "")).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String linkForm(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long brandId, Model model) {
        model.addAttribute("form", new LinkForm(brandId, null, ""));
        return formPage(user.scope(), "enterprise/form", brandId, null, model);
    }

    /** The type-ahead of the link form's enterprise field: enterprises of the caller's scope. */
    @GetMapping(value = "/options", produces = "application/json")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    @ResponseBody
    List<Option> options(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q) {
        return enterprises.enterpriseOptions(q, user.scope(), 20).stream()
                .map(o -> new Option(o.id(), o.name(), regions.name(o.regionCode()))).toList();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String link(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") LinkForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            enterprises.link(form.brandId(), form.organisationId(), form.note(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "enterprise.linked");
            return "redirect:/brands/" + form.brandId();
        }, () -> formPage(user.scope(), "enterprise/form", form.brandId(), form.organisationId(), model));
    }

    @GetMapping("/register")
    @PreAuthorize("hasAuthority('enterprise:manage') and hasAuthority('organisation:register')")
    String registerForm(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long brandId, Model model) {
        model.addAttribute("form", new RegisterForm(brandId, "", user.scope().regionCode(), "", "", ""));
        return formPage(user.scope(), "enterprise/register", brandId, null, model);
    }

    @PostMapping("/register")
    @PreAuthorize("hasAuthority('enterprise:manage') and hasAuthority('organisation:register')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") RegisterForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                enterprises.registerAndLink(form.brandId(), new NewOrganisation(form.name(), OrganisationKind.ENTERPRISE,
                        form.regionCode(), form.creditCode(), form.address()), form.note(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "enterprise.registered");
                return "redirect:/brands/" + form.brandId();
            } catch (RuleViolation violation) {
                if ("organisationId".equals(violation.field()) || "kind".equals(violation.field())) {
                    violation.messageKeys().forEach(errors::reject);
                } else {
                    Forms.reject(errors, violation);
                }
            }
        }
        return formPage(user.scope(), "enterprise/register", form.brandId(), null, model);
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String unlink(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                  @RequestParam(required = false) Long brandId, RedirectAttributes redirect) {
        enterprises.unlink(id, user.scope());
        redirect.addFlashAttribute("flashSuccess", "enterprise.unlinked");
        return brandId == null ? "redirect:/enterprises" : "redirect:/brands/" + brandId;
    }

    /** A form; the brand and enterprise chosen are named when they lie within the caller's scope (a re-shown form keeps them). */
    private String formPage(DataScope scope, String view, Long brandId, Long organisationId, Model model) {
        String brandName = "";
        if (brandId != null && brands.visible(List.of(brandId), scope).contains(brandId)) {
            brandName = brands.names(List.of(brandId)).get(brandId).name();
        }
        model.addAttribute("brandName", brandName);
        model.addAttribute("organisationName", organisationId == null ? ""
                : organisations.choice(organisationId).map(OrganisationChoice::name).orElse(""));
        model.addAttribute("regions", regions.within(scope));
        return view;
    }

    private LeadingEnterpriseFilter filter(String q, String region) {
        return new LeadingEnterpriseFilter(q, region == null || region.isBlank() ? null : regions.coveredCodes(region), null);
    }

}
