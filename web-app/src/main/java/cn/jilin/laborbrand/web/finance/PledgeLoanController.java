package cn.jilin.laborbrand.web.finance;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.finance.PledgeDetails;
import cn.jilin.laborbrand.registry.finance.PledgeLoan;
import cn.jilin.laborbrand.registry.finance.PledgeLoanService;
import cn.jilin.laborbrand.registry.finance.PledgeStatus;
import cn.jilin.laborbrand.registry.mark.BrandMark;
import cn.jilin.laborbrand.registry.mark.BrandMarkService;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * /brand-finance/pledges: pledge loans on a brand's trademarks and patents (二(三)1). Recorded from the brand's page (or
 * after choosing a brand), kept by the officers of the brand's region; a loan is marked repaid once, after a confirmation.
 */
@Controller
@RequestMapping("/brand-finance/pledges")
class PledgeLoanController {

    record PledgeForm(@NotNull Long brandId, @NotNull Long markId, @NotBlank @Size(max = 100) String bank,
                      @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amount, @NotNull LocalDate grantedOn, @NotNull Integer termMonths,
                      @Size(max = 500) String note, long version) {
        static PledgeForm of(long brandId, PledgeDetails d, long version) {
            return new PledgeForm(brandId, d.markId(), d.bank(), d.amount(), d.grantedOn(), d.termMonths(), d.note(), version);
        }

        PledgeDetails details() {
            return new PledgeDetails(markId, bank, amount, grantedOn, termMonths, note);
        }
    }

    record RepaidForm(LocalDate repaidOn, long version) {
    }

    private final PledgeLoanService pledges;
    private final BrandService brands;
    private final BrandMarkService marks;
    private final Clock clock;

    PledgeLoanController(PledgeLoanService pledges, BrandService brands, BrandMarkService marks, Clock clock) {
        this.pledges = pledges;
        this.brands = brands;
        this.marks = marks;
        this.clock = clock;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('finance:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long brandId, Model model) {
        if (brandId == null) {
            return BrandChoice.page(brands, user, "/brand-finance/pledges/new", "finance.pledge.new", model);
        }
        LaborBrand brand = brands.get(brandId, user.scope());
        model.addAttribute("form", new PledgeForm(brand.getId(), null, "", null, null, 12, "", 0));
        return formPage(user, brand, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('finance:manage')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") PledgeForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (form.brandId() == null) {
            return "redirect:/brand-finance/pledges/new";
        }
        LaborBrand brand = brands.get(form.brandId(), user.scope());
        return Forms.submit(errors, () -> {
            long id = pledges.create(brand.getId(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "finance.pledge.created");
            return "redirect:/brand-finance/pledges/" + id;
        }, () -> formPage(user, brand, null, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('finance:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("row", pledges.row(id, user.scope()));
        model.addAttribute("history", pledges.history(id, user.scope()));
        model.addAttribute("today", LocalDate.now(clock));
        return "finance/pledge-detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('finance:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        PledgeLoan loan = pledges.get(id, user.scope());
        model.addAttribute("form", PledgeForm.of(loan.getBrandId(), loan.details(), loan.getVersion()));
        return formPage(user, brands.get(loan.getBrandId(), user.scope()), loan, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('finance:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") PledgeForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        PledgeLoan loan = pledges.get(id, user.scope());
        LaborBrand brand = brands.get(loan.getBrandId(), user.scope());
        return Forms.submit(errors, () -> {
            pledges.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "finance.pledge.updated");
            return "redirect:/brand-finance/pledges/" + id;
        }, () -> formPage(user, brand, loan, model));
    }

    // 二(三)1: the loan is repaid (结清); asked to confirm on the page, refused a second time
    @PostMapping("/{id}/repaid")
    @PreAuthorize("hasAuthority('finance:manage')")
    String repaid(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @ModelAttribute("repaid") RepaidForm form,
                  BindingResult errors, RedirectAttributes redirect) {
        pledges.get(id, user.scope());
        try {
            if (errors.hasErrors() || form.repaidOn() == null) {
                throw new RuleViolation("repaidOn", "finance.pledge.repaidOn.required");
            }
            pledges.markRepaid(id, form.version(), form.repaidOn(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "finance.pledge.repaid");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/brand-finance/pledges/" + id;
    }

    private String formPage(SignedInAccount user, LaborBrand brand, PledgeLoan loan, Model model) {
        List<BrandMark> choices = new ArrayList<>(pledges.pledgeableMarks(brand.getId(), user.scope()));
        if (loan != null && choices.stream().noneMatch(m -> m.getId() == loan.getMarkId())) {
            // the mark pledged may since have expired: it stays choosable for this loan
            choices.add(0, marks.get(brand.getId(), loan.getMarkId(), user.scope()));
        }
        model.addAttribute("brand", brand);
        model.addAttribute("loan", loan);
        model.addAttribute("markChoices", choices);
        model.addAttribute("outstanding", loan == null || loan.getStatus() == PledgeStatus.OUTSTANDING);
        return "finance/pledge-form";
    }
}
