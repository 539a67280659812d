package cn.jilin.laborbrand.web.mark;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.mark.BrandMark;
import cn.jilin.laborbrand.registry.mark.BrandMarkService;
import cn.jilin.laborbrand.registry.mark.MarkDetails;
import cn.jilin.laborbrand.registry.mark.MarkKind;
import cn.jilin.laborbrand.registry.mark.MarkStatus;
import cn.jilin.laborbrand.registry.mark.PatentType;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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

/** /brands/{id}/marks: a brand's trademarks and patents (二(二)3), kept by those who edit the brand, listed on its page. */
@Controller
@RequestMapping("/brands/{id}/marks")
class MarkController {

    record MarkForm(@NotNull MarkKind kind, @NotBlank @Size(max = 40) String number, @NotBlank @Size(max = 100) String title,
                    @Min(1) @Max(45) Integer niceClass, PatentType patentType, @NotBlank @Size(max = 100) String holder,
                    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, @NotNull MarkStatus status, long version) {
        static MarkForm of(MarkDetails d, long version) {
            return new MarkForm(d.kind(), d.number(), d.title(), d.niceClass(), d.patentType(), d.holder(), d.appliedOn(),
                    d.registeredOn(), d.expiresOn(), d.status(), version);
        }

        MarkDetails details() {
            return new MarkDetails(kind, number, title, niceClass, patentType, holder, appliedOn, registeredOn, expiresOn, status);
        }
    }

    private final BrandMarkService marks;
    private final BrandService brands;

    MarkController(BrandMarkService marks, BrandService brands) {
        this.marks = marks;
        this.brands = brands;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('brand:edit')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                   @RequestParam(required = false) MarkKind kind, Model model) {
        LaborBrand brand = brands.get(id, user.scope());
        model.addAttribute("form", new MarkForm(kind == null ? MarkKind.TRADEMARK : kind, "", "", null, null, "", null, null, null,
                MarkStatus.APPLIED, 0));
        return formPage(brand, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('brand:edit')")
    String add(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") MarkForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        LaborBrand brand = brands.get(id, user.scope());
        return Forms.submit(errors, () -> {
            marks.add(id, form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "mark.saved");
            return "redirect:/brands/" + id + "#marks";
        }, () -> formPage(brand, null, model));
    }

    @GetMapping("/{markId}/edit")
    @PreAuthorize("hasAuthority('brand:edit')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long markId, Model model) {
        BrandMark mark = marks.get(id, markId, user.scope());
        model.addAttribute("form", MarkForm.of(mark.details(), mark.getVersion()));
        return formPage(brands.get(id, user.scope()), mark, model);
    }

    @PostMapping("/{markId}")
    @PreAuthorize("hasAuthority('brand:edit')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long markId,
                  @Valid @ModelAttribute("form") MarkForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        BrandMark mark = marks.get(id, markId, user.scope());
        return Forms.submit(errors, () -> {
            marks.update(id, markId, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "mark.saved");
            return "redirect:/brands/" + id + "#marks";
        }, () -> formPage(brands.get(id, user.scope()), mark, model));
    }

    @PostMapping("/{markId}/delete")
    @PreAuthorize("hasAuthority('brand:edit')")
    String delete(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long markId,
                  @RequestParam long version, RedirectAttributes redirect) {
        try {
            marks.delete(id, markId, version, user.scope());
            redirect.addFlashAttribute("flashSuccess", "mark.deleted");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/brands/" + id + "#marks";
    }

    private String formPage(LaborBrand brand, BrandMark mark, Model model) {
        model.addAttribute("brand", brand);
        model.addAttribute("mark", mark);
        model.addAttribute("kinds", MarkKind.values());
        model.addAttribute("patentTypes", PatentType.values());
        model.addAttribute("statuses", MarkStatus.values());
        return "mark/form";
    }
}
