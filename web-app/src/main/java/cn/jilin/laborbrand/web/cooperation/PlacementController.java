package cn.jilin.laborbrand.web.cooperation;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.training.cooperation.FollowUpDetails;
import cn.jilin.laborbrand.training.cooperation.PlacementService;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Placing a trained worker on a vacancy, and the follow-up service after it (二(二)2). */
@Controller
@RequestMapping("/cooperation/vacancies/{id}/placements")
class PlacementController {

    /** A placement as posted: a candidate of the page and the day. */
    record PlacementForm(@NotNull Long traineeId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate placedOn) {
    }

    /** A follow-up as posted. */
    record FollowUpForm(Long placementId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
                        @Size(max = 100) String serverName, Long officeId, @NotBlank @Size(max = 2000) String content) {
    }

    /** A placement's correction as posted: the date and the version shown. */
    record PlacementEditForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate placedOn, long version) {
    }

    /** A follow-up's correction as posted. */
    record FollowUpEditForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn, @Size(max = 100) String serverName,
                            Long officeId, @NotBlank @Size(max = 2000) String content, long version) {
    }

    private final PlacementService placements;
    private final VacancyPage pages;

    PlacementController(PlacementService placements, VacancyPage pages) {
        this.placements = placements;
        this.pages = pages;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String place(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("placementForm") PlacementForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        pages.checkVisible(user, id);
        return Forms.submit(errors, () -> {
            placements.place(id, form.traineeId(), form.placedOn(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "cooperation.placement.recorded");
            return "redirect:/cooperation/vacancies/" + id;
        }, () -> pages.show(user, id, form, null, model));
    }

    @PostMapping("/{placementId}/follow-ups")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String followUp(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long placementId,
                    @Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        pages.checkVisible(user, id, placementId);
        return Forms.submit(errors, () -> {
            placements.followUp(id, placementId, new FollowUpDetails(form.servedOn(), form.serverName(), form.officeId(), form.content()), user.scope());
            redirect.addFlashAttribute("flashSuccess", "cooperation.followUp.recorded");
            return "redirect:/cooperation/vacancies/" + id;
        }, () -> {
            model.addAttribute("followUpPlacementId", placementId);
            return pages.show(user, id, null, form, model);
        });
    }

    @PostMapping("/{placementId}")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String updatePlacement(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long placementId,
                           @Valid @ModelAttribute("placementEditForm") PlacementEditForm form, BindingResult errors, Model model,
                           RedirectAttributes redirect) {
        pages.checkVisible(user, id, placementId);
        return Forms.submit(errors, () -> {
            placements.updatePlacement(id, placementId, form.version(), form.placedOn(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "cooperation.placement.updated");
            return "redirect:/cooperation/vacancies/" + id;
        }, () -> {
            model.addAttribute("editPlacementId", placementId);
            return pages.show(user, id, null, null, model);
        });
    }

    @PostMapping("/{placementId}/follow-ups/{followUpId}")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String updateFollowUp(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long placementId,
                          @PathVariable long followUpId, @Valid @ModelAttribute("followUpEditForm") FollowUpEditForm form, BindingResult errors,
                          Model model, RedirectAttributes redirect) {
        pages.checkVisible(user, id, placementId, followUpId);
        return Forms.submit(errors, () -> {
            placements.updateFollowUp(id, followUpId, form.version(),
                    new FollowUpDetails(form.servedOn(), form.serverName(), form.officeId(), form.content()), user.scope());
            redirect.addFlashAttribute("flashSuccess", "cooperation.followUp.updated");
            return "redirect:/cooperation/vacancies/" + id;
        }, () -> {
            model.addAttribute("editFollowUpId", followUpId);
            return pages.show(user, id, null, null, model);
        });
    }
}
