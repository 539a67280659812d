package cn.jilin.laborbrand.web.promotion.competition;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.promotion.competition.Competition;
import cn.jilin.laborbrand.promotion.competition.CompetitionFilter;
import cn.jilin.laborbrand.promotion.competition.CompetitionLevel;
import cn.jilin.laborbrand.promotion.competition.CompetitionService;
import cn.jilin.laborbrand.web.promotion.competition.CompetitionForms.CompetitionForm;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
 * /promotion/competitions: 技能大赛 (三(三)) — the list with its filters and export, the form, the detail page. The
 * province records them (campaign:manage); every holder of campaign:view sees the province's and their own city's.
 */
@Controller
@RequestMapping("/promotion/competitions")
class CompetitionController {

    private static final Set<String> SORTABLE = Set.of("name", "year", "level", "regionCode", "updatedAt");

    private final CompetitionService competitions;
    private final CompetitionPages pages;
    private final RegionService regions;
    private final Messages messages;
    private final Clock clock;

    CompetitionController(CompetitionService competitions, CompetitionPages pages, RegionService regions, Messages messages, Clock clock) {
        this.competitions = competitions;
        this.pages = pages;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('campaign:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) CompetitionLevel level, @RequestParam(required = false) String region,
                @RequestParam(required = false) String q, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, CompetitionService.newestFirst(), SORTABLE);
        model.addAttribute("page", competitions.search(filter(year, level, region, q), user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("year", year);
        model.addAttribute("level", level);
        model.addAttribute("region", region);
        model.addAttribute("q", q);
        model.addAttribute("levels", CompetitionLevel.values());
        model.addAttribute("regions", regionChoices());
        return "promotion/competition/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('campaign:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) CompetitionLevel level, @RequestParam(required = false) String region,
                @RequestParam(required = false) String q, Locale locale, HttpServletResponse response) throws IOException {
        List<Competition> rows = competitions.export(filter(year, level, region, q), user.scope());
        List<String> headers = Arrays.stream(new String[]{"name", "year", "organiser", "occupation", "level", "region"})
                .map(h -> messages.text(locale, "competition.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "competition.list.export.name"), headers, rows.stream().map(c -> Arrays.<Object>asList(
                c.getName(), c.getYear(), c.getOrganiser(), c.getOccupation(), messages.text(locale, "competition.level." + c.getLevel()),
                regions.name(c.getRegionCode()))).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String newForm(Model model) {
        model.addAttribute("form", CompetitionForm.empty(LocalDate.now(clock).getYear()));
        return formPage(null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('campaign:manage')")
    String create(@Valid @ModelAttribute("form") CompetitionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = competitions.create(form.details());
            redirect.addFlashAttribute("flashSuccess", "competition.created");
            return "redirect:/promotion/competitions/" + id;
        }, () -> formPage(null, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        return pages.detail(id, user.scope(), model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("form", CompetitionForm.of(competitions.get(id, user.scope())));
        return formPage(id, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") CompetitionForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        competitions.get(id, user.scope());
        return Forms.submit(errors, () -> {
            competitions.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "competition.updated");
            return "redirect:/promotion/competitions/" + id;
        }, () -> formPage(id, model));
    }

    private String formPage(Long id, Model model) {
        model.addAttribute("competitionId", id);
        model.addAttribute("levels", CompetitionLevel.values());
        model.addAttribute("prefectures", regions.prefectures());
        return "promotion/competition/form";
    }

    /** The province and its cities: where competitions are held. */
    private List<cn.jilin.laborbrand.platform.region.Region> regionChoices() {
        List<cn.jilin.laborbrand.platform.region.Region> choices = new java.util.ArrayList<>();
        regions.find("220000").ifPresent(choices::add);
        choices.addAll(regions.prefectures());
        return choices;
    }

    private static CompetitionFilter filter(Integer year, CompetitionLevel level, String region, String q) {
        return new CompetitionFilter(year, level, region == null || region.isBlank() || region.length() > 6 ? null : region,
                q == null || q.length() > 100 ? (q == null ? null : q.substring(0, 100)) : q);
    }
}
