package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import cn.jilin.laborbrand.subsidy.policy.ApprovalLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims on the work list, one line per kind of waiting work with its count (a scoped COUNT, no rows loaded, "999+" past {@link WorkItem#COUNT_LIMIT}): returned
 * claims for the claimant; submitted claims for the first check; verified claims for the approver of their level, and
 * notices ending within {@value #NOTICE_DAYS} days or already over; payable claims and failed payments for the fund
 * officer. Every count within the user's scope.
 */
@Component
class ClaimWorkItems implements WorkItemSource {

    static final int NOTICE_DAYS = 3;
    static final String CLAIMS = "/subsidies/claims?state=";
    static final String BATCHES = "/subsidies/batches";

    private final SubsidyClaimRepository claims;
    private final Clock clock;

    ClaimWorkItems(SubsidyClaimRepository claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> itemsFor(SignedInAccount user) {
        List<WorkItem> items = new ArrayList<>();
        if (!user.can("subsidy:view")) {
            return items;
        }
        LocalDate today = LocalDate.now(clock);
        if (user.can(ClaimWorkflow.CLAIM)) {
            add(items, user, WorkItem.Kind.RETURNED, "worklist.subsidy.returned", CLAIMS + ClaimState.RETURNED, null, in(ClaimState.RETURNED));
        }
        if (user.can(ClaimWorkflow.VERIFY)) {
            add(items, user, WorkItem.Kind.DECIDE, "worklist.subsidy.verify", CLAIMS + ClaimState.SUBMITTED, null, in(ClaimState.SUBMITTED));
        }
        for (ApprovalLevel level : ApprovalLevel.values()) {
            if (!user.can(level.permission())) {
                continue;
            }
            add(items, user, WorkItem.Kind.DECIDE, "worklist.subsidy.approve", CLAIMS + ClaimState.VERIFIED, null,
                    in(ClaimState.VERIFIED).and(at(level)));
            add(items, user, WorkItem.Kind.DECIDE, "worklist.subsidy.noticeOver", CLAIMS + ClaimState.NOTICE, null,
                    in(ClaimState.NOTICE).and(at(level)).and(noticeEnds(null, today.minusDays(1))));
            add(items, user, WorkItem.Kind.DUE, "worklist.subsidy.noticeEnding", CLAIMS + ClaimState.NOTICE, today.plusDays(NOTICE_DAYS),
                    in(ClaimState.NOTICE).and(at(level)).and(noticeEnds(today, today.plusDays(NOTICE_DAYS))));
        }
        if (user.can(ClaimWorkflow.DISBURSE)) {
            add(items, user, WorkItem.Kind.DECIDE, "worklist.subsidy.payable", BATCHES, null, in(ClaimState.PAYABLE));
            add(items, user, WorkItem.Kind.OVERDUE, "worklist.subsidy.failed", CLAIMS + ClaimState.PAYMENT_FAILED, null,
                    in(ClaimState.PAYMENT_FAILED));
        }
        return items;
    }

    private void add(List<WorkItem> items, SignedInAccount user, WorkItem.Kind kind, String key, String link, LocalDate due,
                     Specification<SubsidyClaim> which) {
        long count = claims.countUpTo(which, user.scope(), WorkItem.COUNT_LIMIT);
        if (count > 0) {
            items.add(WorkItem.of(kind, key, link, due, WorkItem.shownCount(count)));
        }
    }

    private static Specification<SubsidyClaim> in(ClaimState state) {
        return (root, query, cb) -> cb.equal(root.get("state"), state);
    }

    private static Specification<SubsidyClaim> at(ApprovalLevel level) {
        return (root, query, cb) -> cb.equal(root.get("approvalLevel"), level);
    }

    /** The notice's last day within [from, to] (from null: any day up to {@code to}). */
    private static Specification<SubsidyClaim> noticeEnds(LocalDate from, LocalDate to) {
        return (root, query, cb) -> from == null ? cb.lessThanOrEqualTo(root.get("noticeTo"), to)
                : cb.between(root.get("noticeTo"), from, to);
    }
}
