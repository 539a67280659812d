package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.review.Declaration;
import cn.jilin.laborbrand.platform.review.ExpertChoice;
import cn.jilin.laborbrand.platform.review.ExpertTask;
import cn.jilin.laborbrand.platform.review.ReviewAssignment;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.review.ReviewSummary;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expert scoring of nominations through the platform's review (三(二)): the province assigns at least three experts,
 * none from the nominee's own prefecture; each expert declares on conflicts of interest before seeing the nomination,
 * then scores it on the campaign's rubric while it is being scored; the nomination's score is the mean of the
 * weighted scores once at least three are in.
 */
@Service
public class NominationScoring {

    private final NominationRepository nominations;
    private final SelectionCampaignRepository campaigns;
    private final ReviewService reviews;
    private final Workflows workflows;

    NominationScoring(NominationRepository nominations, SelectionCampaignRepository campaigns, ReviewService reviews, Workflows workflows) {
        this.nominations = nominations;
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.workflows = workflows;
    }

    /** An expert's assignment on a nomination as their work list shows it, before and after the declaration. */
    public record NominationTask(long assignmentId, long nominationId, String campaignTitle, String nominee, long brandId, String regionCode,
                                 Declaration declaration, boolean scored, BigDecimal weightedScore) {
    }

    /** Experts who may score the nomination; those of its own prefecture are flagged and refused by {@link #assign}. */
    @PreAuthorize("hasAuthority('campaign:manage') and hasAuthority('review:assign')")
    @Transactional(readOnly = true)
    public List<ExpertChoice> candidates(long id, DataScope scope) {
        return reviews.candidates(nominations.getById(id, scope).getRegionCode(), scope);
    }

    /** Assigns at least three experts from other prefectures; the nomination is then being scored. */
    @PreAuthorize("hasAuthority('campaign:manage') and hasAuthority('review:assign')")
    @Transactional
    public void assign(long id, long shownVersion, Collection<Long> expertIds, DataScope scope) {
        Nomination nomination = nominations.getById(id, scope);
        nomination = nominations.lock(nomination.getId()).orElseThrow();
        Set<Long> chosen = new LinkedHashSet<>(expertIds == null ? List.of() : expertIds);
        Set<Long> sameRegion = reviews.candidates(nomination.getRegionCode(), scope).stream().filter(ExpertChoice::sameRegion)
                .map(ExpertChoice::id).collect(Collectors.toSet());
        if (chosen.stream().anyMatch(sameRegion::contains)) {
            throw new RuleViolation("expertIds", "nomination.assign.sameRegion");
        }
        SelectionCampaign campaign = campaigns.findById(nomination.getCampaignId()).orElseThrow();
        workflows.take(NominationWorkflow.TABLE, NominationAction.ASSIGN, nomination, shownVersion, null);
        reviews.assign(Nomination.SUBJECT_TYPE, id, nomination.getRegionCode(), campaign.getRubric(), chosen);
        nominations.saveAndFlush(nomination);
    }

    /** The signed-in expert scores a nomination they declared no conflict on, while it is being scored. */
    @PreAuthorize("hasAuthority('review:score')")
    @Transactional
    public BigDecimal score(long assignmentId, long shownVersion, Map<String, Integer> given, String comment) {
        ReviewAssignment assignment = reviews.myAssignment(assignmentId);
        if (!assignment.getSubjectType().equals(Nomination.SUBJECT_TYPE)) {
            throw new NotFoundException("assignment", assignmentId);
        }
        Nomination nomination = nominations.lock(assignment.getSubjectId()).orElseThrow();
        if (nomination.getState() != NominationState.SCORING) {
            throw new RuleViolation("nomination.scoring.closed");
        }
        return reviews.score(assignmentId, shownVersion, given, comment);
    }

    /** Every expert's part in a nomination's review. */
    @PreAuthorize("hasAnyAuthority('campaign:view', 'review:score')")
    @Transactional(readOnly = true)
    public ReviewSummary summary(long id, DataScope scope) {
        Nomination nomination = nominations.getById(id, scope);
        return reviews.summary(Nomination.SUBJECT_TYPE, id, campaigns.findById(nomination.getCampaignId()).orElseThrow().getRubric());
    }

    /** The signed-in expert's nomination assignments, newest first. */
    @PreAuthorize("hasAuthority('review:score')")
    @Unscoped("the signed-in expert's own assignments; before the declaration they see who is nominated, not the file")
    @Transactional(readOnly = true)
    public List<NominationTask> myTasks() {
        List<ExpertTask> tasks = reviews.myTasks().stream().filter(t -> t.subjectType().equals(Nomination.SUBJECT_TYPE)).toList();
        Map<Long, Nomination> byId = nominations.assigned(tasks.stream().map(ExpertTask::subjectId).toList()).stream()
                .collect(Collectors.toMap(Nomination::getId, Function.identity()));
        Map<Long, String> titles = campaigns.findAllById(byId.values().stream().map(Nomination::getCampaignId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(SelectionCampaign::getId, SelectionCampaign::getTitle));
        return tasks.stream().filter(t -> byId.containsKey(t.subjectId())).map(t -> {
            Nomination n = byId.get(t.subjectId());
            return new NominationTask(t.assignmentId(), n.getId(), titles.get(n.getCampaignId()), n.getPersonName(), n.getBrandId(), n.getRegionCode(),
                    t.declaration(), t.scored(), t.weightedScore());
        }).toList();
    }

    /** One of the signed-in expert's nomination assignments, or 404. */
    @PreAuthorize("hasAuthority('review:score')")
    @Unscoped("the signed-in expert's own assignment")
    @Transactional(readOnly = true)
    public NominationTask myTask(long assignmentId) {
        return myTasks().stream().filter(t -> t.assignmentId() == assignmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
    }

    /** The nomination's score: the mean of the experts' weighted scores, once at least three have scored. */
    BigDecimal finalScore(Nomination nomination) {
        ReviewSummary summary = reviews.summary(Nomination.SUBJECT_TYPE, nomination.getId(),
                campaigns.findById(nomination.getCampaignId()).orElseThrow().getRubric());
        if (summary.scoredCount() < ReviewService.MIN_EXPERTS) {
            throw new RuleViolation("nomination.scoring.tooFew");
        }
        return summary.weightedMean();
    }
}
