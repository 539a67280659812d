package cn.jilin.laborbrand.web.promotion.campaign;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.promotion.campaign.CampaignAction;
import cn.jilin.laborbrand.promotion.campaign.CampaignKind;
import cn.jilin.laborbrand.promotion.campaign.CampaignResults;
import cn.jilin.laborbrand.promotion.campaign.CampaignService;
import cn.jilin.laborbrand.promotion.campaign.CampaignState;
import cn.jilin.laborbrand.promotion.campaign.CampaignTier;
import cn.jilin.laborbrand.promotion.campaign.Nomination;
import cn.jilin.laborbrand.promotion.campaign.NominationFilter;
import cn.jilin.laborbrand.promotion.campaign.NominationService;
import cn.jilin.laborbrand.promotion.campaign.SelectionCampaign;
import cn.jilin.laborbrand.platform.workflow.Workflow;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
 * /promotion/campaigns: the province's selection campaigns — list, draft and edit, a campaign's page with its
 * nominations (within the caller's scope), the ranking with the tiers the province confirms, and its steps
 * ({@code POST /promotion/campaigns/{id}/{action}}).
 */
@Controller
@RequestMapping("/promotion/campaigns")
class CampaignController {

    /** A button of the page: the step, its URL segment and whether it asks for a reason. */
    record Step(CampaignAction action, String slug, boolean reasonRequired) {
    }

    private final CampaignService campaigns;
    private final CampaignResults results;
    private final NominationService nominations;
    private final BrandService brands;
    private final RegionService regions;
    private final Clock clock;

    CampaignController(CampaignService campaigns, CampaignResults results, NominationService nominations, BrandService brands, RegionService regions,
                       Clock clock) {
        this.campaigns = campaigns;
        this.results = results;
        this.nominations = nominations;
        this.brands = brands;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('campaign:view')")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) CampaignKind kind,
                @RequestParam(required = false) CampaignState state, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id")), Set.of("id", "year", "title", "state"));
        model.addAttribute("page", campaigns.search(year, kind, state, page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("state", state);
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("states", CampaignState.values());
        return "promotion/campaign/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String newForm(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", new CampaignForm(CampaignKind.AMBASSADOR, today.getYear(), "", "", 3, "", today, today.plusMonths(1), 7,
                "一等奖：3\n二等奖：5\n三等奖：10", 40, 30, 20, 10, 0));
        return formPage(null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('campaign:manage')")
    String create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = campaigns.create(form.details(regions.prefectures()));
            redirect.addFlashAttribute("flashSuccess", "campaign.created");
            return "redirect:/promotion/campaigns/" + id;
        }, () -> formPage(null, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String editForm(@PathVariable long id, Model model) {
        SelectionCampaign c = campaigns.get(id);
        Map<String, Integer> w = campaigns.weights(c);
        model.addAttribute("form", new CampaignForm(c.getKind(), c.getYear(), c.getTitle(), String.join("\n", c.getCategoryList()), c.getDefaultQuota(),
                CampaignForm.quotaText(c.getQuotas(), regions.prefectures()), c.getOpensOn(), c.getClosesOn(), c.getNoticeDays(),
                c.getTiers().stream().map(t -> t.getName() + "：" + t.getWinners()).collect(Collectors.joining("\n")),
                w.getOrDefault("CAMPAIGN_ACHIEVEMENT", 0), w.getOrDefault("CAMPAIGN_SKILL", 0), w.getOrDefault("CAMPAIGN_INFLUENCE", 0),
                w.getOrDefault("CAMPAIGN_REPUTATION", 0), c.getVersion()));
        return formPage(c, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        SelectionCampaign c = campaigns.get(id);
        return Forms.submit(errors, () -> {
            campaigns.update(id, form.version(), form.details(regions.prefectures()));
            redirect.addFlashAttribute("flashSuccess", "campaign.saved");
            return "redirect:/promotion/campaigns/" + id;
        }, () -> formPage(c, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        SelectionCampaign c = campaigns.get(id);
        model.addAttribute("campaign", c);
        model.addAttribute("weights", campaigns.weights(c));
        model.addAttribute("criteria", campaigns.criteria());
        model.addAttribute("prefectures", regions.prefectures());
        List<Nomination> mine = nominations.search(new NominationFilter(id, null, null, null), user.scope(),
                PageRequest.of(0, 200, Sort.by("prefectureCode", "id"))).getContent();
        model.addAttribute("nominations", mine);
        model.addAttribute("brandNames", brandNames(mine));
        model.addAttribute("steps", campaigns.available(c).stream()
                .map(a -> new Step(a, Workflow.slug(a), campaigns.needsReason(a))).toList());
        model.addAttribute("history", campaigns.history(id));
        model.addAttribute("canNominate", user.can("campaign:nominate") && c.acceptsOn(LocalDate.now(clock)));
        if (user.can("campaign:manage") && c.getState() != CampaignState.DRAFT && c.getState() != CampaignState.OPEN) {
            List<Nomination> ranked = results.ranking(id);
            model.addAttribute("ranking", ranked);
            model.addAttribute("rankingBrands", brandNames(ranked));
            Map<Long, Integer> proposal = new HashMap<>(results.proposal(c, ranked.stream().filter(n -> n.getState().name().equals("SCORED")).toList()));
            ranked.stream().filter(n -> n.getTierRank() != null).forEach(n -> proposal.put(n.getId(), n.getTierRank()));
            model.addAttribute("proposal", proposal);
        }
        return "promotion/campaign/detail";
    }

    /** The province confirms the tiers of the scored nominees: a field tier-{nominationId} each, empty for none. */
    @PostMapping("/{id}/tiers")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String tiers(@PathVariable long id, @RequestParam Map<String, String> posted, RedirectAttributes redirect) {
        SelectionCampaign c = campaigns.get(id);
        Map<Long, Integer> tiers = new HashMap<>();
        for (Map.Entry<String, String> e : posted.entrySet()) {
            if (e.getKey().matches("tier-\\d{1,12}") && e.getValue().matches("\\d{1,2}")) {
                tiers.put(Long.valueOf(e.getKey().substring(5)), Integer.valueOf(e.getValue()));
            }
        }
        try {
            results.confirmTiers(c.getId(), tiers);
            redirect.addFlashAttribute("flashSuccess", "campaign.tiers.confirmed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/promotion/campaigns/" + id;
    }

    /** A step of the campaign, e.g. POST /promotion/campaigns/3/start-notice with version and comment. */
    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam long version, @RequestParam(required = false) String comment,
               RedirectAttributes redirect) {
        campaigns.get(id);
        CampaignAction step = campaigns.action(action).orElseThrow(() -> new NotFoundException("campaign_action", action));
        try {
            campaigns.take(id, version, step, comment);
            redirect.addFlashAttribute("flashSuccess", "campaign.done." + step.name());
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/promotion/campaigns/" + id;
    }

    private String formPage(SelectionCampaign campaign, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("prefectures", regions.prefectures());
        return "promotion/campaign/form";
    }

    private Map<Long, String> brandNames(List<Nomination> list) {
        return brands.names(list.stream().map(Nomination::getBrandId).collect(Collectors.toSet())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
    }


}
