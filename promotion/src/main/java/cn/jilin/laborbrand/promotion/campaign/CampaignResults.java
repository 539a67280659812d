package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From scores to a published result: nominations ranked by their weighted score; the province confirms each scored
 * nominee's tier (the ranking proposes the top ones, tier by tier); public notice puts the tiered on notice for the
 * campaign's days and the rest out; after the notice, with every objection resolved, publication makes them winners.
 */
@Service
public class CampaignResults {

    private final SelectionCampaignRepository campaigns;
    private final NominationRepository nominations;
    private final NominationObjectionRepository objections;
    private final Workflows workflows;
    private final AuditService audit;
    private final Clock clock;

    CampaignResults(SelectionCampaignRepository campaigns, NominationRepository nominations, NominationObjectionRepository objections,
                    Workflows workflows, AuditService audit, Clock clock) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.objections = objections;
        this.workflows = workflows;
        this.audit = audit;
        this.clock = clock;
    }

    /** The scored nominations of a campaign, best first, for the ranking page (the province's, province-wide). */
    @PreAuthorize("hasAuthority('campaign:manage')")
    @cn.jilin.laborbrand.platform.scope.Unscoped("the ranking is the province's, over the whole campaign; campaign:manage is province-wide")
    @Transactional(readOnly = true)
    public List<Nomination> ranking(long campaignId) {
        return nominations.ofCampaign(campaignId, EnumSet.of(NominationState.SCORED, NominationState.NOTICE, NominationState.WON,
                NominationState.NOT_SELECTED, NominationState.REMOVED));
    }

    /** The tiers the ranking proposes: the best-scored fill the first tier's places, then the next tier's. */
    public Map<Long, Integer> proposal(SelectionCampaign campaign, List<Nomination> ranked) {
        Map<Long, Integer> proposed = new HashMap<>();
        int i = 0;
        for (CampaignTier tier : campaign.getTiers()) {
            for (int w = 0; w < tier.getWinners() && i < ranked.size(); w++, i++) {
                proposed.put(ranked.get(i).getId(), tier.getRank());
            }
        }
        return proposed;
    }

    /** The province confirms the tier of each scored nominee (none: not selected); no tier beyond its places. */
    @PreAuthorize("hasAuthority('campaign:manage')")
    @Transactional
    public void confirmTiers(long campaignId, Map<Long, Integer> tiers) {
        SelectionCampaign campaign = campaigns.lock(campaignId).orElseThrow(() -> new NotFoundException(SelectionCampaign.SUBJECT_TYPE, campaignId));
        if (campaign.getState() != CampaignState.CLOSED) {
            throw new RuleViolation("campaign.tiers.notNow");
        }
        Map<Integer, Integer> used = new HashMap<>();
        List<Nomination> scored = nominations.ofCampaign(campaignId, EnumSet.of(NominationState.SCORED));
        for (Nomination n : scored) {
            Integer rank = tiers.get(n.getId());
            if (rank != null && campaign.tier(rank).isEmpty()) {
                throw new RuleViolation("tiers", "campaign.tiers.unknown");
            }
            if (rank != null && used.merge(rank, 1, Integer::sum) > campaign.tier(rank).orElseThrow().getWinners()) {
                throw new RuleViolation("tiers", "campaign.tiers.tooMany");
            }
            n.tier(rank);
            nominations.save(n);
        }
        audit.record("campaign.tiers", SelectionCampaign.SUBJECT_TYPE, campaignId, tiers.toString());
    }

    /** Notice needs every checked nomination scored and at least one tier confirmed. */
    void requireReadyForNotice(SelectionCampaign campaign) {
        if (!nominations.ofCampaign(campaign.getId(), EnumSet.of(NominationState.SUBMITTED, NominationState.CHECKED, NominationState.SCORING)).isEmpty()) {
            throw new RuleViolation("campaign.notice.unfinished");
        }
        if (nominations.ofCampaign(campaign.getId(), EnumSet.of(NominationState.SCORED)).stream().noneMatch(n -> n.getTierRank() != null)) {
            throw new RuleViolation("campaign.notice.noTiers");
        }
    }

    void startNotice(SelectionCampaign campaign) {
        LocalDate today = LocalDate.now(clock);
        campaign.onNotice(today, today.plusDays(campaign.getNoticeDays()));
        for (Nomination n : nominations.ofCampaign(campaign.getId(), EnumSet.of(NominationState.SCORED))) {
            workflows.take(NominationWorkflow.TABLE, n.getTierRank() != null ? NominationAction.NOTICE : NominationAction.NOT_SELECT, n, n.getVersion(), null);
            nominations.save(n);
        }
        for (Nomination n : nominations.ofCampaign(campaign.getId(), EnumSet.of(NominationState.DRAFT, NominationState.RETURNED))) {
            workflows.take(NominationWorkflow.TABLE, NominationAction.WITHDRAW, n, n.getVersion(), "评选已进入公示，未提交的提名撤回");
            nominations.save(n);
        }
    }

    /** Publication after the notice's last day, with every objection resolved. */
    void requireReadyToPublish(SelectionCampaign campaign) {
        if (campaign.getNoticeTo() != null && !LocalDate.now(clock).isAfter(campaign.getNoticeTo())) {
            throw new RuleViolation("campaign.publish.noticeRunning");
        }
        List<Long> onNotice = nominations.ofCampaign(campaign.getId(), EnumSet.of(NominationState.NOTICE)).stream().map(Nomination::getId).toList();
        if (!onNotice.isEmpty() && objections.existsByNominationIdInAndUpheldIsNull(onNotice)) {
            throw new RuleViolation("campaign.publish.openObjections");
        }
    }

    void publish(SelectionCampaign campaign) {
        campaign.published(LocalDate.now(clock));
        for (Nomination n : nominations.ofCampaign(campaign.getId(), EnumSet.of(NominationState.NOTICE))) {
            workflows.take(NominationWorkflow.TABLE, NominationAction.WIN, n, n.getVersion(), null);
            nominations.save(n);
        }
    }
}
