package cn.jilin.laborbrand.registry.application;

import static cn.jilin.laborbrand.registry.application.ApplicationAction.APPROVE;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.ASSIGN_EXPERTS;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.CITY_APPROVE;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.CITY_DESIGNATE;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.CITY_REJECT;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.CITY_RETURN;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.DESIGNATE;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.MINISTRY_DECLINE;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.MINISTRY_DESIGNATE;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.RECOMMEND;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.RECOMMEND_TO_MINISTRY;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.REJECT;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.RETURN;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.START_NOTICE;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.SUBMIT;
import static cn.jilin.laborbrand.registry.application.ApplicationAction.WITHDRAW;
import static cn.jilin.laborbrand.registry.application.ApplicationState.APPROVED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.DESIGNATED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.DRAFT;
import static cn.jilin.laborbrand.registry.application.ApplicationState.EXPERT_REVIEW;
import static cn.jilin.laborbrand.registry.application.ApplicationState.MINISTRY_REVIEW;
import static cn.jilin.laborbrand.registry.application.ApplicationState.NOT_SELECTED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.PUBLIC_NOTICE;
import static cn.jilin.laborbrand.registry.application.ApplicationState.RECOMMENDED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.REJECTED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.RETURNED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.SUBMITTED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.WITHDRAWN;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.Workflow;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application workflow (二(一)1–2): its table, declared once, and the one operation that takes a step. A city
 * bureau writes and submits; the city recommends a provincial or national application to HRSS (and decides a 市（县）级
 * one itself); HRSS has experts review it, decides, puts it on public notice and designates a provincial one, which
 * raises the brand's level. A national one HRSS recommends to the ministry (人社部), which decides: HRSS records its
 * decision, and only a designation by the ministry makes the brand national. What a step does beyond moving the
 * application (the experts assigned, the notice's dates, the brand's new level, the ministry's document) its
 * sub-feature's service does, after {@link Workflows#take}, in the same transaction.
 */
@Service
public class ApplicationWorkflow {

    static final String SUBMIT_PERMISSION = "brand:application:submit";
    static final String RECOMMEND_PERMISSION = "brand:application:recommend";
    static final String REVIEW_PERMISSION = "brand:application:review";
    static final String DECIDE_PERMISSION = "brand:application:decide";

    /** Each step: the states it leaves, the state it reaches, the permission it takes and the applications it is for. */
    static final Workflow<BrandApplication, ApplicationState, ApplicationAction> TABLE = Workflow
            .of(BrandApplication.SUBJECT_TYPE, ApplicationAction.class, BrandApplication::getId, BrandApplication::getState,
                    BrandApplication::moveTo)
            .transition(SUBMIT).from(DRAFT, RETURNED).to(SUBMITTED).permission(SUBMIT_PERMISSION)
            .transition(WITHDRAW).from(DRAFT, SUBMITTED, RETURNED).to(WITHDRAWN).permission(SUBMIT_PERMISSION)
            .transition(RECOMMEND).from(SUBMITTED).to(RECOMMENDED).permission(RECOMMEND_PERMISSION).when(ApplicationWorkflow::byProvince)
            .transition(CITY_APPROVE).from(SUBMITTED).to(PUBLIC_NOTICE).permission(RECOMMEND_PERMISSION).when(ApplicationWorkflow::byCity)
            .transition(CITY_RETURN).from(SUBMITTED).to(RETURNED).permission(RECOMMEND_PERMISSION).reason()
            .transition(RETURN).from(RECOMMENDED, EXPERT_REVIEW).to(RETURNED).permission(REVIEW_PERMISSION).reason()
            .transition(ASSIGN_EXPERTS).from(RECOMMENDED).to(EXPERT_REVIEW).permission(REVIEW_PERMISSION)
            .transition(APPROVE).from(EXPERT_REVIEW).to(APPROVED).permission(DECIDE_PERMISSION)
            .transition(REJECT).from(EXPERT_REVIEW, APPROVED, PUBLIC_NOTICE).to(REJECTED).permission(DECIDE_PERMISSION).reason()
            .when(ApplicationWorkflow::byProvince)
            .transition(CITY_REJECT).from(SUBMITTED, PUBLIC_NOTICE).to(REJECTED).permission(RECOMMEND_PERMISSION).reason()
            .when(ApplicationWorkflow::byCity)
            .transition(START_NOTICE).from(APPROVED).to(PUBLIC_NOTICE).permission(DECIDE_PERMISSION)
            .transition(DESIGNATE).from(PUBLIC_NOTICE).to(DESIGNATED).permission(DECIDE_PERMISSION).when(ApplicationWorkflow::byProvince)
            .when(ApplicationWorkflow::belowNational)
            .transition(CITY_DESIGNATE).from(PUBLIC_NOTICE).to(DESIGNATED).permission(RECOMMEND_PERMISSION).when(ApplicationWorkflow::byCity)
            .transition(RECOMMEND_TO_MINISTRY).from(PUBLIC_NOTICE).to(MINISTRY_REVIEW).permission(DECIDE_PERMISSION)
            .when(ApplicationWorkflow::byMinistry)
            .transition(MINISTRY_DESIGNATE).from(MINISTRY_REVIEW).to(DESIGNATED).permission(DECIDE_PERMISSION).when(ApplicationWorkflow::byMinistry)
            .transition(MINISTRY_DECLINE).from(MINISTRY_REVIEW).to(NOT_SELECTED).permission(DECIDE_PERMISSION).reason()
            .when(ApplicationWorkflow::byMinistry)
            .build();

    private final BrandApplicationRepository applications;
    private final Workflows workflows;
    private final CurrentUser user;
    private final ApplicationService drafting;
    private final ApplicationReviewService review;
    private final ApplicationNoticeService notice;
    private final ApplicationMinistryService ministry;
    private final Clock clock;

    ApplicationWorkflow(BrandApplicationRepository applications, Workflows workflows, CurrentUser user, ApplicationService drafting,
                        ApplicationReviewService review, ApplicationNoticeService notice, ApplicationMinistryService ministry, Clock clock) {
        this.applications = applications;
        this.workflows = workflows;
        this.user = user;
        this.drafting = drafting;
        this.review = review;
        this.notice = notice;
        this.ministry = ministry;
        this.clock = clock;
    }

    /**
     * Takes {@code action} on an application of the caller's scope (404 outside it), or refuses: a user without the
     * step's permission (403, whatever the state: a step that is never theirs to take), a stale version, a state or an
     * application the table does not allow it for, a missing reason;
     * then the step's own rules (a form attached before submitting, three scores before approving, a notice ended
     * without upheld objections before designating or recommending to the ministry, the ministry's document number and
     * date with its decision). Answers the state reached.
     */
    @PreAuthorize("hasAnyAuthority('brand:application:submit', 'brand:application:recommend', 'brand:application:review', "
            + "'brand:application:decide')")
    @Transactional
    public ApplicationState take(long id, ApplicationAction action, ApplicationStep step, DataScope scope) {
        BrandApplication application = applications.getById(id, scope);
        String permission = TABLE.transition(action).permission().apply(application);
        if (!user.holds(permission)) {
            throw new AccessDeniedException(BrandApplication.SUBJECT_TYPE + "." + Workflow.slug(action) + " needs " + permission);
        }
        String remark = Text.orNull(step.comment());
        // the ministry's decision is checked before the step is written, as the history names its document; a step the
        // application's state does not allow is refused as such by the mechanism
        MinistryDecision decision = (action == MINISTRY_DESIGNATE || action == MINISTRY_DECLINE) && TABLE.allows(action, application)
                ? ministry.check(application, step.ministry(), remark, needsReason(action)) : null;
        String comment = switch (action) {
            case ASSIGN_EXPERTS -> step.expertIds().size() + " 位专家";
            case START_NOTICE -> step.workingDays() + " 个工作日";
            case MINISTRY_DESIGNATE, MINISTRY_DECLINE -> decision == null ? remark : ApplicationMinistryService.comment(decision, remark);
            default -> remark;
        };
        ApplicationState reached = workflows.take(TABLE, action, application, step.version(), comment);
        switch (action) {
            case SUBMIT -> {
                drafting.requireSubmittable(application, scope);
                application.submitted(clock.instant());
            }
            case CITY_APPROVE -> notice.startPeriod(application, ApplicationNoticeService.DEFAULT_WORKING_DAYS);
            case CITY_RETURN, RETURN -> application.returned(comment);
            case ASSIGN_EXPERTS -> review.assign(application, step.expertIds());
            case APPROVE -> {
                review.requireEnoughScores(application);
                application.decided(comment);
            }
            case REJECT, CITY_REJECT -> application.decided(comment);
            case START_NOTICE -> notice.startPeriod(application, step.workingDays());
            case DESIGNATE, CITY_DESIGNATE -> notice.designate(application);
            case RECOMMEND_TO_MINISTRY -> ministry.recommend(application);
            case MINISTRY_DESIGNATE -> ministry.designated(application, decision);
            case MINISTRY_DECLINE -> ministry.notSelected(application, decision, remark);
            case WITHDRAW, RECOMMEND -> {
            }
        }
        applications.saveAndFlush(application);
        return reached;
    }

    /** The steps the signed-in user may take on the application now: the buttons of its page. */
    public List<ApplicationAction> available(BrandApplication application) {
        return workflows.available(TABLE, application);
    }

    /** The step a URL segment names ({@code city-approve} → CITY_APPROVE), if any. */
    public Optional<ApplicationAction> action(String slug) {
        return TABLE.action(slug);
    }

    /** Whether the step needs a reason, for the page's form. */
    public boolean needsReason(ApplicationAction action) {
        return TABLE.transition(action).reasonRequired();
    }

    private static boolean byCity(BrandApplication application) {
        return application.getTargetLevel() == BrandLevel.MUNICIPAL;
    }

    private static boolean byProvince(BrandApplication application) {
        return application.getTargetLevel() != BrandLevel.MUNICIPAL;
    }

    /** A national application: after its notice the province recommends it, and the ministry decides. */
    private static boolean byMinistry(BrandApplication application) {
        return application.getTargetLevel() == BrandLevel.NATIONAL;
    }

    private static boolean belowNational(BrandApplication application) {
        return application.getTargetLevel() != BrandLevel.NATIONAL;
    }
}
