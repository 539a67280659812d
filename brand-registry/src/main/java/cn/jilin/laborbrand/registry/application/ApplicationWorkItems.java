package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.review.Declaration;
import cn.jilin.laborbrand.platform.review.ExpertTask;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandName;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Level applications on the work list. HRSS: recommended applications waiting for experts, reviews with enough scores
 * to decide, approved ones to publish, notices ended to designate (or, national ones, to recommend to the ministry), and
 * national applications whose ministry decision is to be recorded. A city: its returned applications and those
 * submitted to it for recommendation. An expert: assignments not yet declared on or not yet scored. Always within the
 * user's scope.
 */
@Component
class ApplicationWorkItems implements WorkItemSource {

    /** The applications list at a state, where many items of one kind are shown together. */
    private static final String LIST = "/brand-applications?state=";

    private final ApplicationQueries applications;
    private final ApplicationReviewService review;
    private final ReviewService reviews;
    private final Clock clock;

    ApplicationWorkItems(ApplicationQueries applications, ApplicationReviewService review, ReviewService reviews, Clock clock) {
        this.applications = applications;
        this.review = review;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(SignedInAccount user) {
        List<WorkItem> items = new ArrayList<>();
        if (user.can("brand:application:view") && user.can("brand:application:review") && user.scope().isProvince()) {
            items.addAll(province(user));
        }
        if (user.can("brand:application:submit") && user.can("brand:application:recommend")) {
            items.addAll(city(user));
        }
        if (user.can("review:score")) {
            items.addAll(expert());
        }
        return items;
    }

    private List<WorkItem> province(SignedInAccount user) {
        List<BrandApplication> open = find(user, ApplicationState.RECOMMENDED, ApplicationState.EXPERT_REVIEW, ApplicationState.APPROVED,
                ApplicationState.PUBLIC_NOTICE, ApplicationState.MINISTRY_REVIEW);
        Map<Long, BrandName> names = applications.brandNames(open.stream().map(BrandApplication::getBrandId).toList());
        Map<Long, Integer> scored = reviews.scoredCounts(BrandApplication.SUBJECT_TYPE,
                open.stream().filter(a -> a.getState() == ApplicationState.EXPERT_REVIEW).map(BrandApplication::getId).toList());
        List<WorkItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (BrandApplication a : open) {
            String brand = names.get(a.getBrandId()).name();
            String link = "/brand-applications/" + a.getId();
            switch (a.getState()) {
                case RECOMMENDED -> items.add(WorkItem.of(WorkItem.Kind.DECIDE, "worklist.application.assign", link, null, brand).inList(LIST + "RECOMMENDED"));
                case EXPERT_REVIEW -> {
                    if (user.can("brand:application:decide") && scored.get(a.getId()) >= ReviewService.MIN_EXPERTS) {
                        items.add(WorkItem.of(WorkItem.Kind.DECIDE, "worklist.application.decide", link, null, brand).inList(LIST + "EXPERT_REVIEW"));
                    }
                }
                case APPROVED -> {
                    if (user.can("brand:application:decide")) {
                        items.add(WorkItem.of(WorkItem.Kind.DECIDE, "worklist.application.notice", link, null, brand).inList(LIST + "APPROVED"));
                    }
                }
                case PUBLIC_NOTICE -> {
                    if (user.can("brand:application:decide") && a.getTargetLevel() != BrandLevel.MUNICIPAL && a.getNoticeEnd() != null
                            && a.getNoticeEnd().isBefore(today)) {
                        String key = a.getTargetLevel() == BrandLevel.NATIONAL ? "worklist.application.recommendToMinistry" : "worklist.application.designate";
                        items.add(WorkItem.of(WorkItem.Kind.DECIDE, key, link, null, brand).inList(LIST + "PUBLIC_NOTICE"));
                    }
                }
                case MINISTRY_REVIEW -> {
                    if (user.can("brand:application:decide")) {
                        items.add(WorkItem.of(WorkItem.Kind.DECIDE, "worklist.application.ministry", link, null, brand).inList(LIST + "MINISTRY_REVIEW"));
                    }
                }
                default -> {
                }
            }
        }
        return items;
    }

    private List<WorkItem> city(SignedInAccount user) {
        List<BrandApplication> mine = find(user, ApplicationState.RETURNED, ApplicationState.SUBMITTED);
        Map<Long, BrandName> names = applications.brandNames(mine.stream().map(BrandApplication::getBrandId).toList());
        return mine.stream().map(a -> a.getState() == ApplicationState.RETURNED
                        ? WorkItem.of(WorkItem.Kind.RETURNED, "worklist.application.returned", "/brand-applications/" + a.getId(), null,
                                names.get(a.getBrandId()).name()).inList(LIST + "RETURNED")
                        : WorkItem.of(WorkItem.Kind.DECIDE, "worklist.application.recommend", "/brand-applications/" + a.getId(), null,
                                names.get(a.getBrandId()).name()).inList(LIST + "SUBMITTED"))
                .toList();
    }

    private List<WorkItem> expert() {
        List<WorkItem> items = new ArrayList<>();
        for (ExpertTask task : reviews.myTasks()) {
            if (!task.subjectType().equals(BrandApplication.SUBJECT_TYPE) || task.declaration() == Declaration.CONFLICT || task.scored()) {
                continue;
            }
            ExpertBriefing briefing = review.briefing(task.assignmentId());
            if (briefing.state() != ApplicationState.EXPERT_REVIEW) {
                continue;
            }
            boolean declared = task.declaration() == Declaration.NO_CONFLICT;
            items.add(WorkItem.of(WorkItem.Kind.DUE, declared ? "worklist.review.score" : "worklist.review.declare",
                    declared ? "/brand-applications/" + task.subjectId() : "/brand-applications/reviews/" + task.assignmentId(), null,
                    briefing.brand().name()));
        }
        return items;
    }

    private List<BrandApplication> find(SignedInAccount user, ApplicationState... states) {
        return applications.search(new ApplicationFilter(List.of(states), null, null), user.scope(),
                Pageable.unpaged(Sort.by("id"))).getContent();
    }
}
