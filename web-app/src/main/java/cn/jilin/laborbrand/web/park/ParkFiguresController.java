package cn.jilin.laborbrand.web.park;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.registry.park.FiguresDetails;
import cn.jilin.laborbrand.registry.park.IndustrialPark;
import cn.jilin.laborbrand.registry.park.IndustrialParkService;
import cn.jilin.laborbrand.registry.park.ParkFigures;
import cn.jilin.laborbrand.registry.park.ParkFiguresService;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /parks/{id}/figures: a park's figures of one year (二(三)3), one row per park and year, kept by whoever keeps the park. */
@Controller
@RequestMapping("/parks/{id}/figures")
class ParkFiguresController {

    record FiguresForm(@NotNull @Max(2100) Integer year,
                       @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal landMu,
                       @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal buildingM2,
                       @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal receivablesFinancing,
                       @NotNull @PositiveOrZero @Max(10_000_000) Integer enterprisesInZones,
                       @NotNull @PositiveOrZero @Max(10_000_000) Integer jobs, long version) {
        static FiguresForm of(FiguresDetails d, long version) {
            return new FiguresForm(d.year(), d.landMu(), d.buildingM2(), d.receivablesFinancing(), d.enterprisesInZones(), d.jobs(), version);
        }

        FiguresDetails details() {
            return new FiguresDetails(year, landMu, buildingM2, receivablesFinancing, enterprisesInZones, jobs);
        }
    }

    private final IndustrialParkService parks;
    private final ParkFiguresService figures;

    ParkFiguresController(IndustrialParkService parks, ParkFiguresService figures) {
        this.parks = parks;
        this.figures = figures;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('park:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        IndustrialPark park = parks.get(id, user.scope());
        model.addAttribute("form", new FiguresForm(LocalDate.now().getYear() - 1, null, null, null, null, null, 0));
        return formPage(park, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('park:manage')")
    String create(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") FiguresForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        IndustrialPark park = parks.get(id, user.scope());
        return Forms.submit(errors, () -> {
            figures.record(id, form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "park.figures.recorded");
            return "redirect:/parks/" + id + "#figures";
        }, () -> formPage(park, null, model));
    }

    @GetMapping("/{figuresId}/edit")
    @PreAuthorize("hasAuthority('park:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long figuresId, Model model) {
        IndustrialPark park = parks.get(id, user.scope());
        ParkFigures row = figures.get(id, figuresId, user.scope());
        model.addAttribute("form", FiguresForm.of(row.details(), row.getVersion()));
        return formPage(park, row, model);
    }

    @PostMapping("/{figuresId}")
    @PreAuthorize("hasAuthority('park:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long figuresId,
                  @Valid @ModelAttribute("form") FiguresForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        IndustrialPark park = parks.get(id, user.scope());
        ParkFigures row = figures.get(id, figuresId, user.scope());
        return Forms.submit(errors, () -> {
            figures.update(id, figuresId, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "park.figures.updated");
            return "redirect:/parks/" + id + "#figures";
        }, () -> formPage(park, row, model));
    }

    private String formPage(IndustrialPark park, ParkFigures row, Model model) {
        model.addAttribute("park", park);
        model.addAttribute("row", row);
        return "park/figures";
    }
}
