package cn.jilin.laborbrand.web.finance;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.finance.BrandInsurance;
import cn.jilin.laborbrand.registry.finance.BrandInsuranceService;
import cn.jilin.laborbrand.registry.finance.InsuranceDetails;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * /brand-finance/insurance: policies taken out on a brand (二(三)1 以劳务品牌为标的物投保), recorded from the brand's page (or
 * after choosing a brand) and kept by the officers of the brand's region.
 */
@Controller
@RequestMapping("/brand-finance/insurance")
class BrandInsuranceController {

    record InsuranceForm(@NotNull Long brandId, @NotBlank @Size(max = 100) String insurer, @NotBlank @Size(max = 100) String product,
                         @NotNull @Digits(integer = 12, fraction = 2) BigDecimal insuredAmount,
                         @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal premium, @NotNull LocalDate startsOn,
                         @NotNull LocalDate endsOn, @NotBlank @Size(max = 60) String policyNumber, @Size(max = 500) String note, long version) {
        static InsuranceForm of(long brandId, InsuranceDetails d, long version) {
            return new InsuranceForm(brandId, d.insurer(), d.product(), d.insuredAmount(), d.premium(), d.startsOn(), d.endsOn(),
                    d.policyNumber(), d.note(), version);
        }

        InsuranceDetails details() {
            return new InsuranceDetails(insurer, product, insuredAmount, premium, startsOn, endsOn, policyNumber, note);
        }
    }

    private final BrandInsuranceService insurance;
    private final BrandService brands;

    BrandInsuranceController(BrandInsuranceService insurance, BrandService brands) {
        this.insurance = insurance;
        this.brands = brands;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('finance:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long brandId, Model model) {
        if (brandId == null) {
            return BrandChoice.page(brands, user, "/brand-finance/insurance/new", "finance.insurance.new", model);
        }
        LaborBrand brand = brands.get(brandId, user.scope());
        model.addAttribute("form", new InsuranceForm(brand.getId(), "", "", null, null, null, null, "", "", 0));
        return formPage(brand, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('finance:manage')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") InsuranceForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (form.brandId() == null) {
            return "redirect:/brand-finance/insurance/new";
        }
        LaborBrand brand = brands.get(form.brandId(), user.scope());
        return Forms.submit(errors, () -> {
            long id = insurance.create(brand.getId(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "finance.insurance.created");
            return "redirect:/brand-finance/insurance/" + id;
        }, () -> formPage(brand, null, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('finance:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("row", insurance.row(id, user.scope()));
        model.addAttribute("history", insurance.history(id, user.scope()));
        return "finance/insurance-detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('finance:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        BrandInsurance policy = insurance.get(id, user.scope());
        model.addAttribute("form", InsuranceForm.of(policy.getBrandId(), policy.details(), policy.getVersion()));
        return formPage(brands.get(policy.getBrandId(), user.scope()), policy, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('finance:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") InsuranceForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        BrandInsurance policy = insurance.get(id, user.scope());
        LaborBrand brand = brands.get(policy.getBrandId(), user.scope());
        return Forms.submit(errors, () -> {
            insurance.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "finance.insurance.updated");
            return "redirect:/brand-finance/insurance/" + id;
        }, () -> formPage(brand, policy, model));
    }

    private String formPage(LaborBrand brand, BrandInsurance policy, Model model) {
        model.addAttribute("brand", brand);
        model.addAttribute("policy", policy);
        return "finance/insurance-form";
    }
}
