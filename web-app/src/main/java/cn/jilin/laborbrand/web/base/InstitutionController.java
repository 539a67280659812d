package cn.jilin.laborbrand.web.base;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.training.institution.Institution;
import cn.jilin.laborbrand.training.institution.InstitutionKind;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Option;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
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

/** /bases/institutions: the organisations of the directory that train, with their kind, address and contact. */
@Controller
@RequestMapping("/bases/institutions")
class InstitutionController {

    private final InstitutionService institutions;
    private final OrganisationService organisations;
    private final RegionService regions;

    InstitutionController(InstitutionService institutions, OrganisationService organisations, RegionService regions) {
        this.institutions = institutions;
        this.organisations = organisations;
        this.regions = regions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('base:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) InstitutionKind kind, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by("regionCode", "name"), Set.of("name", "regionCode", "kind"));
        Page<Institution> found = institutions.search(q, kind, user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("phones", found.getContent().stream().collect(Collectors.toMap(Institution::getId, institutions::maskedPhone)));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", InstitutionKind.values());
        return "base/institutions";
    }

    /** The type-ahead of institution fields (bases, courses): up to 20 institutions within the caller's scope by name. */
    @GetMapping(value = "/options", produces = "application/json")
    @PreAuthorize("hasAuthority('base:view')")
    @ResponseBody
    List<Option> options(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q) {
        return institutions.options(q, user.scope(), 20).stream()
                .map(i -> new Option(i.getId(), i.getName(), regions.name(i.getRegionCode()))).toList();
    }

    /** The type-ahead of the registration form: institutions and enterprises of the directory within the caller's scope. */
    @GetMapping(value = "/organisations", produces = "application/json")
    @PreAuthorize("hasAuthority('base:edit')")
    @ResponseBody
    List<Option> organisations(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q) {
        return institutions.registrable(q, user.scope(), 20).stream()
                .map(o -> new Option(o.getId(), o.getName(), regions.name(o.getRegionCode()))).toList();
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('base:edit')")
    String newForm(Model model) {
        InstitutionForm form = InstitutionForm.empty();
        model.addAttribute("form", form);
        return formPage(form, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('base:edit')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") InstitutionForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            institutions.register(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "institution.registered");
            return "redirect:/bases/institutions";
        }, () -> formPage(form, null, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('base:edit')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        Institution institution = institutions.get(id, user.scope());
        InstitutionForm form = InstitutionForm.of(institution);
        model.addAttribute("form", form);
        return formPage(form, institution, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('base:edit')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") InstitutionForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Institution institution = institutions.get(id, user.scope());
        return Forms.submit(errors, () -> {
            institutions.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "institution.updated");
            return "redirect:/bases/institutions";
        }, () -> formPage(form, institution, model));
    }

    /** The form, with the directory name of the organisation it has chosen (typed and looked up, not listed). */
    private String formPage(InstitutionForm form, Institution institution, Model model) {
        model.addAttribute("institution", institution);
        model.addAttribute("organisationName", form.organisationId() == null ? null
                : organisations.choice(form.organisationId()).map(o -> o.name()).orElse(null));
        model.addAttribute("kinds", InstitutionKind.values());
        return "base/institution-form";
    }
}
