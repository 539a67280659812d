package cn.jilin.laborbrand.registry.application;

import static cn.jilin.laborbrand.registry.application.ApplicationState.APPROVED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.DESIGNATED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.DRAFT;
import static cn.jilin.laborbrand.registry.application.ApplicationState.EXPERT_REVIEW;
import static cn.jilin.laborbrand.registry.application.ApplicationState.PUBLIC_NOTICE;
import static cn.jilin.laborbrand.registry.application.ApplicationState.RECOMMENDED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.REJECTED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.RETURNED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.SUBMITTED;
import static cn.jilin.laborbrand.registry.application.ApplicationState.WITHDRAWN;

import cn.jilin.laborbrand.registry.brand.BrandLevel;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The application workflow in one table: each action, the states it leaves, the state it reaches, the permission it
 * takes and the applications it applies to. A 市（县）级 application is decided by the city and goes straight to public
 * notice; a provincial or national one is recommended to the province and reviewed by experts.
 */
public enum ApplicationAction {
    SUBMIT(Set.of(DRAFT, RETURNED), SUBMITTED, "brand:application:submit", a -> true),
    WITHDRAW(Set.of(DRAFT, SUBMITTED, RETURNED), WITHDRAWN, "brand:application:submit", a -> true),
    RECOMMEND(Set.of(SUBMITTED), RECOMMENDED, "brand:application:recommend", ApplicationAction::byProvince),
    CITY_APPROVE(Set.of(SUBMITTED), PUBLIC_NOTICE, "brand:application:recommend", ApplicationAction::byCity),
    CITY_RETURN(Set.of(SUBMITTED), RETURNED, "brand:application:recommend", a -> true),
    RETURN(Set.of(RECOMMENDED, EXPERT_REVIEW), RETURNED, "brand:application:review", a -> true),
    ASSIGN_EXPERTS(Set.of(RECOMMENDED), EXPERT_REVIEW, "brand:application:review", a -> true),
    APPROVE(Set.of(EXPERT_REVIEW), APPROVED, "brand:application:decide", a -> true),
    REJECT(Set.of(EXPERT_REVIEW, APPROVED, PUBLIC_NOTICE), REJECTED, "brand:application:decide", ApplicationAction::byProvince),
    CITY_REJECT(Set.of(SUBMITTED, PUBLIC_NOTICE), REJECTED, "brand:application:recommend", ApplicationAction::byCity),
    START_NOTICE(Set.of(APPROVED), PUBLIC_NOTICE, "brand:application:decide", a -> true),
    DESIGNATE(Set.of(PUBLIC_NOTICE), DESIGNATED, "brand:application:decide", ApplicationAction::byProvince),
    CITY_DESIGNATE(Set.of(PUBLIC_NOTICE), DESIGNATED, "brand:application:recommend", ApplicationAction::byCity);

    private final Set<ApplicationState> from;
    private final ApplicationState to;
    private final String permission;
    private final Predicate<BrandApplication> appliesTo;

    ApplicationAction(Set<ApplicationState> from, ApplicationState to, String permission, Predicate<BrandApplication> appliesTo) {
        this.from = from;
        this.to = to;
        this.permission = permission;
        this.appliesTo = appliesTo;
    }

    public ApplicationState to() {
        return to;
    }

    public String permission() {
        return permission;
    }

    /** Whether this action can be taken on the application now, whoever takes it. */
    public boolean allows(BrandApplication application) {
        return from.contains(application.getState()) && appliesTo.test(application);
    }

    /** The URL segment of the action, e.g. {@code assign-experts}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    private static boolean byCity(BrandApplication application) {
        return application.getTargetLevel() == BrandLevel.MUNICIPAL;
    }

    private static boolean byProvince(BrandApplication application) {
        return application.getTargetLevel() != BrandLevel.MUNICIPAL;
    }
}
