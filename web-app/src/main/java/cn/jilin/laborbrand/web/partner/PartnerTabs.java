package cn.jilin.laborbrand.web.partner;

import cn.jilin.laborbrand.governance.plan.PartnerEntitlementService;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.partner.PartnerArea;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The areas the caller's measures open, as the tabs of /partner, and the one place that says where each area's page is. */
@Component
class PartnerTabs {

    private static final Map<PartnerArea, String> PATHS = new EnumMap<>(Map.of(
            PartnerArea.BRANDS, "/partner/brands",
            PartnerArea.TRAINING, "/partner/training",
            PartnerArea.PRIORITY_GROUPS, "/partner/priority-groups",
            PartnerArea.BUDGETS, "/subsidies/budgets",
            PartnerArea.STARTUPS, "/partner/startups",
            PartnerArea.PARKS, "/partner/parks",
            PartnerArea.COOPERATION, "/partner/cooperation",
            PartnerArea.LIVELIHOOD, "/partner/livelihood"));

    private final PartnerEntitlementService entitlements;

    PartnerTabs(PartnerEntitlementService entitlements) {
        this.entitlements = entitlements;
    }

    /** The tabs' model: the caller's areas, every area in order, and each area's page (the services decide access on their own). */
    void add(SignedInAccount user, Model model) {
        model.addAttribute("areas", entitlements.areas(user.scope()));
        model.addAttribute("allAreas", PartnerArea.values());
        model.addAttribute("areaPaths", PATHS);
    }
}
