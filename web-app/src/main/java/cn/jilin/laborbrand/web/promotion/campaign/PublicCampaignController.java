package cn.jilin.laborbrand.web.promotion.campaign;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.ratelimit.RateLimit;
import cn.jilin.laborbrand.platform.ratelimit.RateLimiter;
import cn.jilin.laborbrand.promotion.campaign.NominationFiles;
import cn.jilin.laborbrand.promotion.campaign.NominationObjections;
import cn.jilin.laborbrand.promotion.campaign.PublishedCampaigns;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /public/campaigns, without signing in: campaigns on notice and published, their nominees by tier — a person only as
 * far as their consent in force covers — and, during notice, the objection form (rate-limited per address).
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

    @PostMapping("/public/campaigns/{id}/nominees/{nominationId}/objections")
    @PreAuthorize("permitAll()")
    String object(@PathVariable long id, @PathVariable long nominationId, @RequestParam(required = false) String objector,
                  @RequestParam(required = false) String content, HttpServletRequest request, RedirectAttributes redirect) {
        published.result(id).orElseThrow(() -> new NotFoundException("selection_campaign", id));
        if (!limiter.tryAcquire(OBJECTIONS, request.getRemoteAddr())) {
            redirect.addFlashAttribute("flashError", "public.campaign.objection.tooMany");
            return "redirect:/public/campaigns/" + id;
        }
        try {
            objections.send(nominationId, objector, content);
            redirect.addFlashAttribute("flashSuccess", "public.campaign.objection.sent");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/public/campaigns/" + id;
    }
}
