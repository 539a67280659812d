package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.review.Declaration;
import cn.jilin.laborbrand.platform.review.ExpertTask;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns on the work list: for a city, open campaigns to nominate in and returned nominations; for the province,
 * submitted nominations to check and campaigns whose notice is over; for an expert, nominations to declare on or score.
 */
@Component
class CampaignWorkItems implements WorkItemSource {

    private final SelectionCampaignRepository campaigns;
    private final NominationRepository nominations;
    private final ReviewService reviews;
    private final Clock clock;

    CampaignWorkItems(SelectionCampaignRepository campaigns, NominationRepository nominations, ReviewService reviews, Clock clock) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> itemsFor(SignedInAccount user) {
        List<WorkItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (user.can(CampaignWorkflow.NOMINATE) && user.can(CampaignWorkflow.VIEW)) {
            for (SelectionCampaign c : campaigns.findByStateIn(Set.of(CampaignState.OPEN))) {
                if (c.acceptsOn(today)) {
                    items.add(WorkItem.of(WorkItem.Kind.DUE, "worklist.campaign.nominate", "/promotion/campaigns/" + c.getId(), c.getClosesOn(),
                            c.getTitle()));
                }
            }
            count(items, user, WorkItem.Kind.RETURNED, "worklist.campaign.returned", NominationState.RETURNED);
        }
        if (user.can(CampaignWorkflow.MANAGE)) {
            count(items, user, WorkItem.Kind.DECIDE, "worklist.campaign.check", NominationState.SUBMITTED);
            for (SelectionCampaign c : campaigns.findByStateIn(Set.of(CampaignState.NOTICE))) {
                if (c.getNoticeTo() != null && today.isAfter(c.getNoticeTo())) {
                    items.add(WorkItem.of(WorkItem.Kind.DECIDE, "worklist.campaign.noticeOver", "/promotion/campaigns/" + c.getId(), c.getNoticeTo(),
                            c.getTitle()));
                }
            }
        }
        if (user.can("review:score")) {
            long waiting = reviews.myTasks().stream().filter(t -> t.subjectType().equals(Nomination.SUBJECT_TYPE))
                    .filter(t -> t.declaration() == Declaration.PENDING || (t.declaration() == Declaration.NO_CONFLICT && !t.scored()))
                    .map(ExpertTask::subjectId).count();
            if (waiting > 0) {
                items.add(WorkItem.of(WorkItem.Kind.DUE, "worklist.campaign.score", "/promotion/reviews", null, waiting));
            }
        }
        return items;
    }

    private void count(List<WorkItem> items, SignedInAccount user, WorkItem.Kind kind, String key, NominationState state) {
        Specification<Nomination> in = (root, query, cb) -> cb.equal(root.get("state"), state);
        long n = nominations.count(in, user.scope());
        if (n > 0) {
            items.add(WorkItem.of(kind, key, "/promotion/nominations?state=" + state, null, n));
        }
    }
}
