package cn.jilin.laborbrand.web.promotion.campaign;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.workflow.Workflow;
import cn.jilin.laborbrand.promotion.campaign.CampaignService;
import cn.jilin.laborbrand.promotion.campaign.Nomination;
import cn.jilin.laborbrand.promotion.campaign.NominationAction;
import cn.jilin.laborbrand.promotion.campaign.NominationObjections;
import cn.jilin.laborbrand.promotion.campaign.NominationScoring;
import cn.jilin.laborbrand.promotion.campaign.NominationService;
import cn.jilin.laborbrand.promotion.campaign.NominationState;
import cn.jilin.laborbrand.promotion.campaign.SelectionCampaign;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A nomination's page, assembled once for every handler that shows it (the page, a refused form). */
@Component
class NominationPages {

    /** A button of the page: the step, its URL segment and whether it asks for a reason. */
    record Step(NominationAction action, String slug, boolean reasonRequired) {
    }

    private final NominationService nominations;
    private final NominationScoring scoring;
    private final NominationObjections objections;
    private final CampaignService campaigns;
    private final BrandService brands;
    private final Clock clock;

    NominationPages(NominationService nominations, NominationScoring scoring, NominationObjections objections, CampaignService campaigns,
                    BrandService brands, Clock clock) {
        this.nominations = nominations;
        this.scoring = scoring;
        this.objections = objections;
        this.campaigns = campaigns;
        this.brands = brands;
        this.clock = clock;
    }

    String detail(SignedInAccount user, long id, Model model) {
        Nomination n = nominations.get(id, user.scope());
        SelectionCampaign c = campaigns.get(n.getCampaignId());
        BrandName brand = brands.names(Set.of(n.getBrandId())).get(n.getBrandId());
        model.addAttribute("nomination", n);
        model.addAttribute("campaign", c);
        model.addAttribute("brand", brand);
        model.addAttribute("steps", nominations.available(n).stream().map(a -> new Step(a, Workflow.slug(a), nominations.needsReason(a))).toList());
        model.addAttribute("history", nominations.history(id, user.scope()));
        model.addAttribute("review", scoring.summary(id, user.scope()));
        model.addAttribute("objections", objections.of(id, user.scope()));
        model.addAttribute("editable", user.can("campaign:nominate")
                && (n.getState() == NominationState.DRAFT || n.getState() == NominationState.RETURNED));
        if (user.can("campaign:manage") && user.can("review:assign") && n.getState() == NominationState.CHECKED) {
            model.addAttribute("experts", scoring.candidates(id, user.scope()));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NominationForms.NominationForm(c.getId(), n.getCategory(), n.getBrandId(), n.getPersonName(), n.getPersonSex(),
                    n.getPersonBirthYear(), n.getStory(), n.getVersion()));
        }
        if (!model.containsAttribute("consentForm")) {
            model.addAttribute("consentForm", new NominationForms.ConsentForm(LocalDate.now(clock), true, true, true, n.getVersion(), null));
        }
        if (!model.containsAttribute("objectionForm")) {
            model.addAttribute("objectionForm", new NominationForms.ObjectionForm(LocalDate.now(clock), "", ""));
        }
        return "promotion/campaign/nomination";
    }
}
