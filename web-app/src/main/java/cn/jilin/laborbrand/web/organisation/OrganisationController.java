package cn.jilin.laborbrand.web.organisation;

import java.util.EnumSet;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseBody;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.code.ValidCreditCode;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.Organisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationFilter;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /organisations: the directory of departments, bureaus, institutions and enterprises, each user seeing the part of it
 * that their scope covers; city bureaus register the institutions and enterprises of their region.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

    record OrganisationForm(@NotBlank @Size(max = 100) String name, @NotNull OrganisationKind kind, @NotBlank String regionCode,
                            @NotBlank @ValidCreditCode String creditCode, @Size(max = 200) String address) {
    }

    private final OrganisationService organisations;
    private final RegionService regions;
    private final Messages messages;

    OrganisationController(OrganisationService organisations, RegionService regions, Messages messages) {
        this.organisations = organisations;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organisation:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) String region,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by("sortOrder", "name"), Set.of("name", "kind", "regionCode", "creditCode"));
        model.addAttribute("page", organisations.search(new OrganisationFilter(q, kind, region), user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("region", region);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("regions", visibleRegions(user.scope()));
        return "organisation/list";
    }

    /**
     * The type-ahead of organisation fields: up to 20 organisations of the directory whose name contains {@code q},
     * of the kinds asked for ({@code kind=INSTITUTION&kind=ENTERPRISE}, all kinds when none is named).
     */
    @GetMapping(value = "/options", produces = "application/json")
    @PreAuthorize("hasAuthority('organisation:view')")
    @ResponseBody
    List<Option> options(@RequestParam(required = false) String q, @RequestParam(required = false) Set<OrganisationKind> kind) {
        Set<OrganisationKind> kinds = kind == null || kind.isEmpty() ? EnumSet.allOf(OrganisationKind.class) : kind;
        return organisations.options(q, kinds, 20).stream()
                .map(o -> new Option(o.id(), o.name(), regions.name(o.regionCode()))).toList();
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('organisation:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) String region,
                Locale locale, HttpServletResponse response) throws IOException {
        List<Organisation> rows = organisations.export(new OrganisationFilter(q, kind, region), user.scope());
        List<String> headers = Arrays.stream(new String[]{"name", "kind", "region", "creditCode", "address"})
                .map(h -> messages.text(locale, "organisation.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "organisation.export.name"), headers,
                rows.stream().map(o -> Arrays.<Object>asList(o.getName(),
                        messages.text(locale, "organisation.kind." + o.getKind()),
                        regions.name(o.getRegionCode()), o.getCreditCode(), o.getAddress())).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organisation:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("succession", SuccessionForm.empty());
        return detailPage(user, organisations.get(id, user.scope()), model);
    }

    /**
     * 承继: the province records that another organisation of the same kind took this one's place (a reorganisation of the
     * province's bodies); accounts, tasks and reports carry over.
     */
    @PostMapping("/{id}/succession")
    @PreAuthorize("hasAuthority('organisation:register')")
    String succeed(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                   @Valid @ModelAttribute("succession") SuccessionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Organisation organisation = organisations.get(id, user.scope());
        model.addAttribute("successionOpen", true);
        return Forms.submit(errors, () -> {
            organisations.succeed(id, form.successorId(), form.successorName(), form.succeededOn(), form.document(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "organisation.succession.saved");
            return "redirect:/organisations/" + id;
        }, () -> detailPage(user, organisation, model));
    }

    private String detailPage(SignedInAccount user, Organisation organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("successor", organisation.isSucceeded() ? organisations.choice(organisation.getSucceededBy()).orElse(null) : null);
        model.addAttribute("predecessors", organisations.predecessorsOf(organisation.getId()));
        if (user.can("organisation:register") && user.scope().isProvince() && !organisation.isSucceeded()) {
            model.addAttribute("successorChoices", organisations.choicesOf(organisation.getKind()).stream()
                    .filter(o -> !o.id().equals(organisation.getId())).toList());
        }
        return "organisation/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organisation:register')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        String defaultRegion = user.scope().regionCode();
        model.addAttribute("form", new OrganisationForm("", OrganisationKind.INSTITUTION, defaultRegion, "", ""));
        return formPage(user, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organisation:register')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") OrganisationForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = organisations.register(new NewOrganisation(form.name(), form.kind(), form.regionCode(), form.creditCode(),
                        form.address()), user.scope());
                redirect.addFlashAttribute("flashSuccess", "organisation.registered");
                return "redirect:/organisations/" + id;
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        return formPage(user, model);
    }

    private String formPage(SignedInAccount user, Model model) {
        model.addAttribute("kinds", Arrays.stream(OrganisationKind.values()).filter(OrganisationKind::isRegistrable).toList());
        model.addAttribute("regions", visibleRegions(user.scope()));
        return "organisation/form";
    }

    /** The regions a user may filter by or register in: their scope's, in the plan's order. */
    private List<Region> visibleRegions(DataScope scope) {
        return regions.within(scope);
    }
}
