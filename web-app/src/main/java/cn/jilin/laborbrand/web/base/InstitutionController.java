package cn.jilin.laborbrand.web.base;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.institution.Institution;
import cn.jilin.laborbrand.training.institution.InstitutionKind;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import jakarta.validation.Valid;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /bases/institutions: the organisations of the directory that train, with their kind, address and contact. */
@Controller
@RequestMapping("/bases/institutions")
class InstitutionController {

    private final InstitutionService institutions;
    private final OrganisationService organisations;

    InstitutionController(InstitutionService institutions, OrganisationService organisations) {
        this.institutions = institutions;
        this.organisations = organisations;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('base:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) InstitutionKind kind, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by("regionCode", "name"), Set.of("name", "regionCode", "kind"));
        Page<Institution> found = institutions.search(q, kind, user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("phones", found.getContent().stream().collect(java.util.stream.Collectors.toMap(Institution::getId, institutions::maskedPhone)));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", InstitutionKind.values());
        return "base/institutions";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('base:edit')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", InstitutionForm.empty());
        return formPage(user.scope(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('base:edit')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") InstitutionForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                institutions.register(form.details(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "institution.registered");
                return "redirect:/bases/institutions";
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        return formPage(user.scope(), null, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('base:edit')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        Institution institution = institutions.get(id, user.scope());
        model.addAttribute("form", InstitutionForm.of(institution));
        return formPage(user.scope(), institution, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('base:edit')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") InstitutionForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Institution institution = institutions.get(id, user.scope());
        if (!errors.hasErrors()) {
            try {
                institutions.update(id, form.version(), form.details(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "institution.updated");
                return "redirect:/bases/institutions";
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        return formPage(user.scope(), institution, model);
    }

    private String formPage(DataScope scope, Institution institution, Model model) {
        model.addAttribute("institution", institution);
        model.addAttribute("organisations", organisations.choices().stream()
                .filter(o -> o.kind().isRegistrable() && scope.coversRegion(o.regionCode()))
                .map(o -> new OrganisationChoice(o.id(), o.name(), o.kind(), o.regionCode())).toList());
        model.addAttribute("kinds", InstitutionKind.values());
        return "base/institution-form";
    }
}
