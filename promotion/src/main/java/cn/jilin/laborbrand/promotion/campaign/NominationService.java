package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 提名 (三(三)): a city officer nominates within the window and the quota of their prefecture — a designated brand of
 * their region, or a person with the brand they work in; the province checks, returns or rejects. A person's
 * nomination is not submitted without a consent to publish in force (PIPL). The quota holds under concurrency: every
 * submission to a campaign takes the campaign's row lock before it counts.
 */
@Service
public class NominationService {

    /** Steps a nomination's page offers; the rest are taken by scoring, ranking and objections. */
    static final Set<NominationAction> ON_PAGE = EnumSet.of(NominationAction.SUBMIT, NominationAction.WITHDRAW, NominationAction.CHECK,
            NominationAction.RETURN, NominationAction.REJECT, NominationAction.FINISH_SCORING);

    private final NominationRepository nominations;
    private final SelectionCampaignRepository campaigns;
    private final NominationScoring scoring;
    private final BrandService brands;
    private final RegionService regions;
    private final Workflows workflows;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    NominationService(NominationRepository nominations, SelectionCampaignRepository campaigns, NominationScoring scoring, BrandService brands,
                      RegionService regions, Workflows workflows, WorkflowHistory history, AuditService audit, Clock clock) {
        this.nominations = nominations;
        this.campaigns = campaigns;
        this.scoring = scoring;
        this.brands = brands;
        this.regions = regions;
        this.workflows = workflows;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** A city's draft nomination in an open campaign, for its own region. */
    @PreAuthorize("hasAuthority('campaign:nominate')")
    @Transactional
    public long create(long campaignId, NominationDetails details, DataScope scope) {
        if (scope.kind() != DataScope.Kind.REGION) {
            throw new RuleViolation("campaignId", "nomination.cityOnly");
        }
        SelectionCampaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException(SelectionCampaign.SUBJECT_TYPE, campaignId));
        if (!campaign.acceptsOn(LocalDate.now(clock))) {
            throw new RuleViolation("campaignId", "nomination.windowClosed");
        }
        check(campaign, details, scope);
        String prefecture = regions.prefectureOf(scope.regionCode()).orElse(scope.regionCode());
        Nomination nomination = new Nomination(campaignId, scope.regionCode(), prefecture);
        nomination.apply(details);
        nominations.saveAndFlush(nomination);
        history.record(Nomination.SUBJECT_TYPE, nomination.getId(), "create", null, nomination.getState(), null);
        return nomination.getId();
    }

    /** Changes a draft or returned nomination. */
    @PreAuthorize("hasAuthority('campaign:nominate')")
    @Transactional
    public void update(long id, long shownVersion, NominationDetails details, DataScope scope) {
        Nomination nomination = lockWithin(id, scope);
        nomination.requireVersion(shownVersion);
        requireEditable(nomination);
        check(campaigns.findById(nomination.getCampaignId()).orElseThrow(), details, scope);
        nomination.apply(details);
        nominations.saveAndFlush(nomination);
        audit.record("nomination.update", Nomination.SUBJECT_TYPE, id, null);
    }

    @PreAuthorize("hasAnyAuthority('campaign:view', 'review:score')")
    @Transactional(readOnly = true)
    public Nomination get(long id, DataScope scope) {
        return nominations.getById(id, scope);
    }

    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional(readOnly = true)
    public Page<Nomination> search(NominationFilter filter, DataScope scope, Pageable pageable) {
        return nominations.findAll(filter.toSpecification(), scope, pageable);
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional
    public List<Nomination> export(NominationFilter filter, DataScope scope) {
        List<Nomination> rows = nominations.findAll(filter.toSpecification(), scope, Sort.by("campaignId", "id"));
        audit.record("nomination.export", Nomination.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional(readOnly = true)
    public long count(NominationFilter filter, DataScope scope) {
        return nominations.count(filter.toSpecification(), scope);
    }

    @PreAuthorize("hasAnyAuthority('campaign:view', 'review:score')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(Nomination.SUBJECT_TYPE, nominations.getById(id, scope).getId());
    }

    /** The steps the current user may take on the nomination's page now. */
    public List<NominationAction> available(Nomination nomination) {
        return workflows.available(NominationWorkflow.TABLE, nomination).stream().filter(ON_PAGE::contains).toList();
    }

    public boolean needsReason(NominationAction action) {
        return NominationWorkflow.TABLE.transition(action).reasonRequired();
    }

    public Optional<NominationAction> action(String slug) {
        return NominationWorkflow.TABLE.action(slug).filter(ON_PAGE::contains);
    }

    /**
     * A step of the nomination's page. Submission is within the window, with a consent in force for a person, and
     * within the prefecture's quota counted under the campaign's lock; closing the scoring needs three scored reviews.
     */
    @PreAuthorize("hasAnyAuthority('campaign:nominate', 'campaign:manage')")
    @Transactional
    public NominationState take(long id, long shownVersion, NominationAction action, String comment, DataScope scope) {
        if (!ON_PAGE.contains(action)) {
            throw new RuleViolation("workflow.notAllowed");
        }
        nominations.getById(id, scope);
        if (action == NominationAction.SUBMIT) {
            SelectionCampaign campaign = campaigns.lock(nominations.getById(id, scope).getCampaignId()).orElseThrow();
            Nomination nomination = lockWithin(id, scope);
            if (!campaign.acceptsOn(LocalDate.now(clock))) {
                throw new RuleViolation("nomination.windowClosed");
            }
            if (campaign.getKind().isPerson() && !nomination.getConsent().inForce()) {
                throw new RuleViolation("nomination.consentRequired");
            }
            long taken = nominations.countTaken(campaign.getId(), nomination.getPrefectureCode(), NominationState.IN_QUOTA);
            if (taken >= campaign.quotaOf(nomination.getPrefectureCode())) {
                throw new RuleViolation("nomination.quotaFull");
            }
            return move(nomination, shownVersion, action, comment);
        }
        Nomination nomination = lockWithin(id, scope);
        if (action == NominationAction.FINISH_SCORING) {
            nomination.requireVersion(shownVersion);
            NominationState to = move(nomination, shownVersion, action, comment);
            nomination.scored(scoring.finalScore(nomination));
            return to;
        }
        return move(nomination, shownVersion, action, comment);
    }

    Nomination lockWithin(long id, DataScope scope) {
        nominations.getById(id, scope);
        return nominations.lock(id).orElseThrow(() -> new NotFoundException(Nomination.SUBJECT_TYPE, id));
    }

    private NominationState move(Nomination nomination, long shownVersion, NominationAction action, String comment) {
        NominationState to = workflows.take(NominationWorkflow.TABLE, action, nomination, shownVersion, comment);
        nominations.saveAndFlush(nomination);
        return to;
    }

    static void requireEditable(Nomination nomination) {
        if (nomination.getState() != NominationState.DRAFT && nomination.getState() != NominationState.RETURNED) {
            throw new RuleViolation("nomination.notEditable");
        }
    }

    private void check(SelectionCampaign campaign, NominationDetails d, DataScope scope) {
        if (brands.visible(Set.of(d.brandId()), scope).isEmpty()) {
            throw new RuleViolation("brandId", "nomination.brand.notInRegion");
        }
        BrandName brand = brands.names(Set.of(d.brandId())).get(d.brandId());
        if (!campaign.getKind().isPerson() && (brand == null || !brand.level().isDesignated())) {
            throw new RuleViolation("brandId", "nomination.brand.notDesignated");
        }
        if (d.category() != null && !d.category().isBlank() && !campaign.getCategoryList().contains(d.category().strip())) {
            throw new RuleViolation("category", "nomination.category.unknown");
        }
        if (d.story() == null || d.story().isBlank() || d.story().strip().length() > 5000) {
            throw new RuleViolation("story", "nomination.story.required");
        }
        if (campaign.getKind().isPerson()) {
            if (d.personName() == null || d.personName().isBlank() || d.personName().strip().length() > 50) {
                throw new RuleViolation("personName", "nomination.person.name");
            }
            if (d.personSex() == null) {
                throw new RuleViolation("personSex", "nomination.person.sex");
            }
            if (d.personBirthYear() == null || d.personBirthYear() < 1920 || d.personBirthYear() > campaign.getYear() - 16) {
                throw new RuleViolation("personBirthYear", "nomination.person.birthYear");
            }
        } else if (d.personName() != null && !d.personName().isBlank()) {
            throw new RuleViolation("personName", "nomination.person.notForBrand");
        }
    }
}
