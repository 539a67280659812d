package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.review.ExpertChoice;
import cn.jilin.laborbrand.platform.review.ReviewAssignment;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.review.ReviewSummary;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert review of an application (二(一)2: 组织专家评审): HRSS assigns at least three experts of the pool, may add
 * more while the review runs (in place of one who declared a conflict, say), and decides on their scores; an expert
 * sees an application only once assigned and free of conflicts, and scores it while it is under review.
 */
@Service
public class ApplicationReviewService {

    static final String RUBRIC = "brand_application";

    private final BrandApplicationRepository applications;
    private final ReviewService reviews;
    private final BrandService brands;

    ApplicationReviewService(BrandApplicationRepository applications, ReviewService reviews, BrandService brands) {
        this.applications = applications;
        this.reviews = reviews;
        this.brands = brands;
    }

    /** Each expert's scores, the weighted mean and the spread: for HRSS, who decide on them. */
    @PreAuthorize("hasAuthority('brand:application:review')")
    @Transactional(readOnly = true)
    public ReviewSummary summary(long id, DataScope scope) {
        return reviews.summary(BrandApplication.SUBJECT_TYPE, applications.getById(id, scope).getId(), RUBRIC);
    }

    /**
     * The active experts of the pool within the caller's scope who may still be assigned to the application: none
     * unless it waits for experts or is under review, and never one assigned already.
     */
    @PreAuthorize("hasAuthority('brand:application:review')")
    @Transactional(readOnly = true)
    public List<ExpertChoice> candidates(long id, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        if (application.getState() != ApplicationState.RECOMMENDED && application.getState() != ApplicationState.EXPERT_REVIEW) {
            return List.of();
        }
        Set<Long> assigned = reviews.summary(BrandApplication.SUBJECT_TYPE, application.getId(), RUBRIC).reviews().stream()
                .map(ReviewSummary.ExpertReview::expertId).collect(Collectors.toSet());
        return reviews.candidates(application.getRegionCode(), scope).stream().filter(e -> !assigned.contains(e.id())).toList();
    }

    /** During expert review HRSS may add experts, e.g. in place of one who declared a conflict of interest. */
    @PreAuthorize("hasAuthority('brand:application:review')")
    @Transactional
    public void addExperts(long id, Collection<Long> expertIds, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        if (application.getState() != ApplicationState.EXPERT_REVIEW) {
            throw new RuleViolation("workflow.notAllowed");
        }
        if (expertIds == null || expertIds.isEmpty()) {
            throw new RuleViolation("expertIds", "review.assign.tooFew");
        }
        Set<Long> all = new LinkedHashSet<>(assignedExperts(application));
        all.addAll(expertIds);
        reviews.assign(BrandApplication.SUBJECT_TYPE, id, application.getRegionCode(), RUBRIC, all);
    }

    /** What an assigned expert may know before declaring on conflicts of interest: which brand, where, for what level. */
    @PreAuthorize("hasAuthority('review:score')")
    @Unscoped("the signed-in expert's own assignment only (found by the caller's own account), whatever their role's scope")
    @Transactional(readOnly = true)
    public ExpertBriefing briefing(long assignmentId) {
        ReviewAssignment assignment = reviews.myAssignment(assignmentId);
        if (!assignment.getSubjectType().equals(BrandApplication.SUBJECT_TYPE)) {
            throw new NotFoundException("assignment", assignmentId);
        }
        BrandApplication application = applications.getById(assignment.getSubjectId(), DataScope.province());
        Map<Long, BrandName> names = brands.names(List.of(application.getBrandId()));
        return new ExpertBriefing(assignment, application.getId(), names.get(application.getBrandId()), application.getTargetLevel(),
                application.getState());
    }

    /** An expert's scores, accepted only while the application is under expert review. */
    @PreAuthorize("hasAuthority('review:score')")
    @Transactional
    public void score(long id, long assignmentId, long shownVersion, Map<String, Integer> scores, String comment, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        ReviewAssignment assignment = reviews.myAssignment(assignmentId);
        if (assignment.getSubjectId() != id || !assignment.getSubjectType().equals(BrandApplication.SUBJECT_TYPE)) {
            throw new NotFoundException("assignment", assignmentId);
        }
        if (application.getState() != ApplicationState.EXPERT_REVIEW) {
            throw new RuleViolation("review.score.closed");
        }
        reviews.score(assignmentId, shownVersion, scores, comment);
    }

    /** The step ASSIGN_EXPERTS: at least three experts review the application. */
    void assign(BrandApplication application, Collection<Long> expertIds) {
        reviews.assign(BrandApplication.SUBJECT_TYPE, application.getId(), application.getRegionCode(), RUBRIC, expertIds);
    }

    /** HRSS approves after at least three experts have scored. */
    void requireEnoughScores(BrandApplication application) {
        if (reviews.summary(BrandApplication.SUBJECT_TYPE, application.getId(), RUBRIC).scoredCount() < ReviewService.MIN_EXPERTS) {
            throw new RuleViolation("application.approve.tooFewScores");
        }
    }

    private List<Long> assignedExperts(BrandApplication application) {
        return reviews.summary(BrandApplication.SUBJECT_TYPE, application.getId(), RUBRIC).reviews().stream()
                .map(ReviewSummary.ExpertReview::expertId).toList();
    }
}
