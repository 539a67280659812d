package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.review.ReviewSummary;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import cn.jilin.laborbrand.platform.workflow.Workflow;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评选活动 (三(三)): the province drafts a campaign (kind, year, categories, quotas, window, rubric, tiers), opens it for
 * nominations and closes it for scoring; putting the result on notice and publishing it are {@link CampaignResults}'.
 * Campaigns are the province's public calls, read by every holder of {@code campaign:view} whatever their scope.
 */
@Service
public class CampaignService {

    private final SelectionCampaignRepository campaigns;
    private final CampaignRubric rubrics;
    private final CampaignResults results;
    private final ReviewService reviews;
    private final RegionService regions;
    private final Workflows workflows;
    private final WorkflowHistory history;
    private final AuditService audit;

    CampaignService(SelectionCampaignRepository campaigns, CampaignRubric rubrics, CampaignResults results, ReviewService reviews,
                    RegionService regions, Workflows workflows, WorkflowHistory history, AuditService audit) {
        this.campaigns = campaigns;
        this.rubrics = rubrics;
        this.results = results;
        this.reviews = reviews;
        this.regions = regions;
        this.workflows = workflows;
        this.history = history;
        this.audit = audit;
    }

    /** 三(三): drafts a campaign with its rubric; nothing is open until the province opens it. */
    @PreAuthorize("hasAuthority('campaign:manage')")
    @Transactional
    public long create(CampaignDetails details) {
        check(details);
        SelectionCampaign campaign = campaigns.saveAndFlush(new SelectionCampaign(details));
        campaign.rubric(CampaignRubric.codeOf(campaign.getId()));
        rubrics.write(campaign.getId(), details.weights());
        history.record(SelectionCampaign.SUBJECT_TYPE, campaign.getId(), "create", null, campaign.getState(), null);
        return campaign.getId();
    }

    /** Changes a campaign while it is a draft or open (the window may be extended); the rubric only while a draft. */
    @PreAuthorize("hasAuthority('campaign:manage')")
    @Transactional
    public void update(long id, long shownVersion, CampaignDetails details) {
        SelectionCampaign campaign = campaigns.lock(id).orElseThrow(() -> new NotFoundException(SelectionCampaign.SUBJECT_TYPE, id));
        campaign.requireVersion(shownVersion);
        if (campaign.getState() != CampaignState.DRAFT && campaign.getState() != CampaignState.OPEN) {
            throw new RuleViolation("campaign.notEditable");
        }
        check(details);
        if (campaign.getState() == CampaignState.OPEN && (details.kind() != campaign.getKind() || !details.weights().equals(weights(campaign)))) {
            throw new RuleViolation("campaign.openFixed");
        }
        campaign.apply(details);
        campaigns.saveAndFlush(campaign);
        if (campaign.getState() == CampaignState.DRAFT) {
            rubrics.write(id, details.weights());
        }
        audit.record("campaign.update", SelectionCampaign.SUBJECT_TYPE, id, campaign.getTitle());
    }

    @PreAuthorize("hasAnyAuthority('campaign:view', 'review:score')")
    @Unscoped("a campaign is the province's public call, seen by every holder of campaign:view")
    @Transactional(readOnly = true)
    public SelectionCampaign get(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException(SelectionCampaign.SUBJECT_TYPE, id));
    }

    /** Campaigns by year, kind and state, newest first. */
    @PreAuthorize("hasAuthority('campaign:view')")
    @Unscoped("campaigns are the province's public calls, seen by every holder of campaign:view")
    @Transactional(readOnly = true)
    public Page<SelectionCampaign> search(Integer year, CampaignKind kind, CampaignState state, Pageable pageable) {
        Specification<SelectionCampaign> spec = (root, query, cb) -> cb.and(
                year == null ? cb.conjunction() : cb.equal(root.get("year"), year),
                kind == null ? cb.conjunction() : cb.equal(root.get("kind"), kind),
                state == null ? cb.conjunction() : cb.equal(root.get("state"), state));
        return campaigns.findAll(spec, pageable);
    }

    /** Open campaigns, for a city choosing where to nominate. */
    @PreAuthorize("hasAuthority('campaign:view')")
    @Unscoped("campaigns are the province's public calls")
    @Transactional(readOnly = true)
    public List<SelectionCampaign> open() {
        return campaigns.findByStateIn(Set.of(CampaignState.OPEN));
    }

    /** The weights of a campaign's rubric by criterion code. */
    @Transactional(readOnly = true)
    public Map<String, Integer> weights(SelectionCampaign campaign) {
        return reviews.rubric(campaign.getRubric()).stream()
                .collect(Collectors.toMap(ReviewSummary.Criterion::code, c -> c.weight().intValue()));
    }

    /** The criteria a campaign may weigh. */
    public List<String> criteria() {
        return CampaignRubric.CRITERIA;
    }

    public List<CampaignAction> available(SelectionCampaign campaign) {
        return workflows.available(CampaignWorkflow.TABLE, campaign);
    }

    public boolean needsReason(CampaignAction action) {
        return CampaignWorkflow.TABLE.transition(action).reasonRequired();
    }

    public Optional<CampaignAction> action(String slug) {
        return CampaignWorkflow.TABLE.action(slug);
    }

    /** Takes a step of the campaign; putting it on notice and publishing it move its nominations too. */
    @PreAuthorize("hasAuthority('campaign:manage')")
    @Unscoped("a campaign is the province's own call; campaign:manage is the province's permission")
    @Transactional
    public CampaignState take(long id, long shownVersion, CampaignAction action, String comment) {
        SelectionCampaign campaign = campaigns.lock(id).orElseThrow(() -> new NotFoundException(SelectionCampaign.SUBJECT_TYPE, id));
        switch (action) {
            case START_NOTICE -> results.requireReadyForNotice(campaign);
            case PUBLISH -> results.requireReadyToPublish(campaign);
            default -> {
            }
        }
        CampaignState to = workflows.take(CampaignWorkflow.TABLE, action, campaign, shownVersion, comment);
        switch (action) {
            case START_NOTICE -> results.startNotice(campaign);
            case PUBLISH -> results.publish(campaign);
            default -> {
            }
        }
        campaigns.saveAndFlush(campaign);
        return to;
    }

    @PreAuthorize("hasAuthority('campaign:view')")
    @Unscoped("the history of a campaign, the province's public call")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id) {
        return history.steps(SelectionCampaign.SUBJECT_TYPE, get(id).getId());
    }

    public static String slug(Enum<?> action) {
        return Workflow.slug(action);
    }

    private void check(CampaignDetails d) {
        if (d.kind() == null) {
            throw new RuleViolation("kind", "campaign.kind.required");
        }
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 200) {
            throw new RuleViolation("title", "campaign.title.required");
        }
        if (d.year() < 2020 || d.year() > 2100) {
            throw new RuleViolation("year", "campaign.year.range");
        }
        if (d.opensOn() == null || d.closesOn() == null || d.closesOn().isBefore(d.opensOn())) {
            throw new RuleViolation("closesOn", "campaign.window");
        }
        if (d.defaultQuota() < 0 || d.defaultQuota() > 100) {
            throw new RuleViolation("defaultQuota", "campaign.quota.range");
        }
        if (d.noticeDays() < 1 || d.noticeDays() > 60) {
            throw new RuleViolation("noticeDays", "campaign.noticeDays.range");
        }
        if (d.categories().size() > 20 || d.categories().stream().anyMatch(c -> c.length() > 100)) {
            throw new RuleViolation("categories", "campaign.categories.invalid");
        }
        Set<String> prefectures = regions.prefectures().stream().map(Region::getCode).collect(Collectors.toSet());
        for (Map.Entry<String, Integer> q : d.quotas().entrySet()) {
            if (!prefectures.contains(q.getKey()) || q.getValue() == null || q.getValue() < 0 || q.getValue() > 100) {
                throw new RuleViolation("quotas", "campaign.quota.range");
            }
        }
        if (d.tiers().isEmpty() || d.tiers().size() > 10 || d.tiers().stream().anyMatch(t -> t.name() == null || t.name().isBlank()
                || t.name().strip().length() > 40 || t.winners() < 1 || t.winners() > 500)) {
            throw new RuleViolation("tiers", "campaign.tiers.invalid");
        }
        CampaignRubric.check(d.weights());
    }
}
