package cn.jilin.laborbrand.web.promotion.campaign;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.ratelimit.RateLimit;
import cn.jilin.laborbrand.platform.ratelimit.RateLimiter;
import cn.jilin.laborbrand.promotion.campaign.NominationFiles;
import cn.jilin.laborbrand.promotion.campaign.NominationObjections;
import cn.jilin.laborbrand.promotion.campaign.PublishedCampaigns;
import cn.jilin.laborbrand.promotion.campaign.PublishedCampaigns.PublicEntry;
import cn.jilin.laborbrand.promotion.campaign.PublishedCampaigns.PublicResult;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /public/campaigns, without signing in: campaigns on notice and published, their nominees by tier — a person only as
 * far as their consent in force covers — and, during notice, an objection form per nominee (rate-limited per address).
 * Only the objection form carries a CSRF token, so only someone who objects gets a session; browsing creates none.
 */
@Controller
class PublicCampaignController {

    static final RateLimit OBJECTIONS = new RateLimit("campaign-objection", 5, Duration.ofHours(1));

    private final PublishedCampaigns published;
    private final NominationFiles files;
    private final NominationObjections objections;
    private final RateLimiter limiter;

    PublicCampaignController(PublishedCampaigns published, NominationFiles files, NominationObjections objections, RateLimiter limiter) {
        this.published = published;
        this.files = files;
        this.objections = objections;
        this.limiter = limiter;
    }

    @GetMapping("/public/campaigns")
    @PreAuthorize("permitAll()")
    String list(Model model) {
        model.addAttribute("campaigns", published.list());
        return "promotion/campaign/public-list";
    }

    @GetMapping("/public/campaigns/{id}")
    @PreAuthorize("permitAll()")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("result", published.result(id).orElseThrow(() -> new NotFoundException("selection_campaign", id)));
        return "promotion/campaign/public-detail";
    }

    @GetMapping("/public/campaigns/{id}/nominees/{nominationId}/photo")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long nominationId) {
        published.result(id).orElseThrow(() -> new NotFoundException("selection_campaign", id));
        return NominationController.file(files.publicPhoto(nominationId).orElseThrow(() -> new NotFoundException("photo", nominationId)));
    }

    /** The objection form for one nominee on notice: a page of its own, so that browsing the notice needs no session. */
    @GetMapping("/public/campaigns/{id}/nominees/{nominationId}/objections")
    @PreAuthorize("permitAll()")
    String objectionForm(@PathVariable long id, @PathVariable long nominationId, Model model) {
        return objectionPage(id, nominationId, null, null, null, model);
    }

    @PostMapping("/public/campaigns/{id}/nominees/{nominationId}/objections")
    @PreAuthorize("permitAll()")
    String object(@PathVariable long id, @PathVariable long nominationId, @RequestParam(required = false) String objector,
                  @RequestParam(required = false) String content, HttpServletRequest request, Model model) {
        nomineeOnNotice(id, nominationId);
        if (!limiter.tryAcquire(OBJECTIONS, request.getRemoteAddr())) {
            return objectionPage(id, nominationId, objector, content, "public.campaign.objection.tooMany", model);
        }
        try {
            objections.send(nominationId, objector, content);
        } catch (RuleViolation violation) {
            return objectionPage(id, nominationId, objector, content, violation.messageKeys().get(0), model);
        }
        return "redirect:/public/campaigns/" + id + "?objection=sent";
    }

    private String objectionPage(long id, long nominationId, String objector, String content, String error, Model model) {
        model.addAttribute("result", nomineeOnNotice(id, nominationId).result());
        model.addAttribute("entry", nomineeOnNotice(id, nominationId).entry());
        model.addAttribute("objector", objector);
        model.addAttribute("content", content);
        model.addAttribute("error", error);
        return "promotion/campaign/public-objection";
    }

    private record Nominee(PublicResult result, PublicEntry entry) {
    }

    /** A nominee of this campaign now on notice, or 404. */
    private Nominee nomineeOnNotice(long id, long nominationId) {
        PublicResult result = published.result(id).orElseThrow(() -> new NotFoundException("selection_campaign", id));
        return result.tiers().stream().flatMap(t -> t.entries().stream())
                .filter(e -> e.nominationId() == nominationId && e.onNotice())
                .findFirst().map(e -> new Nominee(result, e))
                .orElseThrow(() -> new NotFoundException("nomination", nominationId));
    }
}
