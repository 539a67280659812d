package cn.jilin.laborbrand.training.base;

import static cn.jilin.laborbrand.training.base.BaseState.DESIGNATED;
import static cn.jilin.laborbrand.training.base.BaseState.RECOMMENDED;
import static cn.jilin.laborbrand.training.base.BaseState.RECTIFYING;
import static cn.jilin.laborbrand.training.base.BaseState.REGISTERED;
import static cn.jilin.laborbrand.training.base.BaseState.REVOKED;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The designation workflow of a cultivation base in one table: each action, the states it leaves, the state it
 * reaches, who takes it and the bases it applies to. The city designates a 市级 base or recommends one to HRSS, which
 * designates it 省级 or declines; each year whoever designated it evaluates it: pass, rectify or revoke, with a reason.
 */
public enum BaseAction {
    DESIGNATE_MUNICIPAL(Set.of(REGISTERED), b -> DESIGNATED, Who.CITY, b -> true, false),
    RECOMMEND(Set.of(REGISTERED, DESIGNATED), b -> RECOMMENDED, Who.CITY, b -> b.getLevel() != BaseLevel.PROVINCIAL, false),
    DESIGNATE_PROVINCIAL(Set.of(RECOMMENDED), b -> DESIGNATED, Who.PROVINCE, b -> true, false),
    // declined: a municipal base stays municipal, an unranked one goes back to registered
    DECLINE(Set.of(RECOMMENDED), b -> b.getLevel() == BaseLevel.MUNICIPAL ? DESIGNATED : REGISTERED, Who.PROVINCE, b -> true, true),
    PASS(Set.of(DESIGNATED, RECTIFYING), b -> DESIGNATED, Who.DESIGNATOR, b -> true, true),
    RECTIFY(Set.of(DESIGNATED), b -> RECTIFYING, Who.DESIGNATOR, b -> true, true),
    REVOKE(Set.of(DESIGNATED, RECTIFYING), b -> REVOKED, Who.DESIGNATOR, b -> true, true);

    /** Who takes an action: the city, HRSS, or whoever designated the base at its present level. */
    enum Who { CITY, PROVINCE, DESIGNATOR }

    static final String CITY_PERMISSION = "base:city:decide";
    static final String PROVINCE_PERMISSION = "base:province:decide";

    private final Set<BaseState> from;
    private final Function<CultivationBase, BaseState> to;
    private final Who who;
    private final Predicate<CultivationBase> appliesTo;
    private final boolean reasonRequired;

    BaseAction(Set<BaseState> from, Function<CultivationBase, BaseState> to, Who who, Predicate<CultivationBase> appliesTo,
               boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.who = who;
        this.appliesTo = appliesTo;
        this.reasonRequired = reasonRequired;
    }

    /** Whether this action can be taken on the base now, whoever takes it. */
    public boolean allows(CultivationBase base) {
        return from.contains(base.getState()) && appliesTo.test(base);
    }

    public BaseState to(CultivationBase base) {
        return to.apply(base);
    }

    /** The permission this action needs on this base. */
    public String permission(CultivationBase base) {
        return switch (who) {
            case CITY -> CITY_PERMISSION;
            case PROVINCE -> PROVINCE_PERMISSION;
            case DESIGNATOR -> base.getLevel() == BaseLevel.PROVINCIAL ? PROVINCE_PERMISSION : CITY_PERMISSION;
        };
    }

    public boolean isReasonRequired() {
        return reasonRequired;
    }

    /** A yearly evaluation (pass / rectify / revoke). */
    public boolean isEvaluation() {
        return this == PASS || this == RECTIFY || this == REVOKE;
    }

    /** The URL segment, e.g. {@code designate-municipal}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static BaseAction ofSlug(String slug) {
        for (BaseAction action : values()) {
            if (action.slug().equals(slug)) {
                return action;
            }
        }
        return null;
    }
}
