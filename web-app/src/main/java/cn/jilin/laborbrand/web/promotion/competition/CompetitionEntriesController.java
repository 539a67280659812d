package cn.jilin.laborbrand.web.promotion.competition;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.promotion.competition.CompetitionEvent;
import cn.jilin.laborbrand.promotion.competition.CompetitionResult;
import cn.jilin.laborbrand.promotion.competition.CompetitionService;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.web.promotion.competition.CompetitionForms.EventForm;
import cn.jilin.laborbrand.web.promotion.competition.CompetitionForms.ResultForm;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/**
 * A competition's events (项目) and results (成绩) on its detail page: added through forms that come back with the reason
 * under the field (a certificate number that names no certificate of that person included), removed after a
 * confirmation; the results exported to Excel.
 */
@Controller
@RequestMapping("/promotion/competitions/{id}")
class CompetitionEntriesController {

    private final CompetitionService competitions;
    private final CompetitionPages pages;
    private final RegionService regions;
    private final Messages messages;

    CompetitionEntriesController(CompetitionService competitions, CompetitionPages pages, RegionService regions, Messages messages) {
        this.competitions = competitions;
        this.pages = pages;
        this.regions = regions;
        this.messages = messages;
    }

    @PostMapping("/events")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String addEvent(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("eventForm") EventForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        competitions.get(id, user.scope());
        return Forms.submit(errors, () -> {
            competitions.addEvent(id, form.name(), form.heldOn(), form.place(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "competition.event.added");
            return "redirect:/promotion/competitions/" + id;
        }, () -> pages.detail(id, user.scope(), model));
    }

    @PostMapping("/events/{eventId}/delete")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String removeEvent(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long eventId, RedirectAttributes redirect) {
        try {
            competitions.removeEvent(id, eventId, user.scope());
            redirect.addFlashAttribute("flashSuccess", "competition.event.removed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/promotion/competitions/" + id;
    }

    @PostMapping("/results")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String addResult(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("resultForm") ResultForm form,
                     BindingResult errors, Model model, RedirectAttributes redirect) {
        competitions.get(id, user.scope());
        return Forms.submit(errors, () -> {
            competitions.addResult(id, form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "competition.result.added");
            return "redirect:/promotion/competitions/" + id;
        }, () -> pages.detail(id, user.scope(), model));
    }

    @PostMapping("/results/{resultId}/delete")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String removeResult(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long resultId,
                        RedirectAttributes redirect) {
        competitions.removeResult(id, resultId, user.scope());
        redirect.addFlashAttribute("flashSuccess", "competition.result.removed");
        return "redirect:/promotion/competitions/" + id;
    }

    @GetMapping("/results/export")
    @PreAuthorize("hasAuthority('campaign:view')")
    void exportResults(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale, HttpServletResponse response)
            throws IOException {
        Map<Long, CompetitionEvent> events = competitions.events(id, user.scope()).stream()
                .collect(Collectors.toMap(CompetitionEvent::getId, Function.identity()));
        List<CompetitionResult> rows = competitions.exportResults(id, user.scope());
        Map<Long, BrandName> brands = pages.brandNames(rows);
        List<String> headers = Arrays.stream(new String[]{"event", "rank", "award", "person", "region", "brand", "certificate", "issuer"})
                .map(h -> messages.text(locale, "competition.result.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "competition.export.name"), headers,
                rows.stream().map(r -> Arrays.<Object>asList(
                        r.getEventId() == null || !events.containsKey(r.getEventId()) ? "" : events.get(r.getEventId()).getName(),
                        r.getRank(), r.getAward(), r.getPersonName(), regions.name(r.getRegionCode()),
                        r.getBrandId() == null || !brands.containsKey(r.getBrandId()) ? "" : brands.get(r.getBrandId()).name(),
                        r.getCertificateNumber(), r.getCertificateIssuer())).toList());
    }
}
