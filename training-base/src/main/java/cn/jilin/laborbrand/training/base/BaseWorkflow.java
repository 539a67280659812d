package cn.jilin.laborbrand.training.base;

import static cn.jilin.laborbrand.training.base.BaseState.DESIGNATED;
import static cn.jilin.laborbrand.training.base.BaseState.RECOMMENDED;
import static cn.jilin.laborbrand.training.base.BaseState.RECTIFYING;
import static cn.jilin.laborbrand.training.base.BaseState.REGISTERED;
import static cn.jilin.laborbrand.training.base.BaseState.REVOKED;

import cn.jilin.laborbrand.platform.workflow.Workflow;
import java.util.EnumSet;
import java.util.Set;

/**
 * The designation workflow of a cultivation base, declared once: the city (base:city:decide) designates 市级 or
 * recommends to HRSS (base:province:decide), which designates 省级 or declines (a municipal base stays municipal, an
 * unranked one goes back to registered); the yearly evaluation belongs to whoever designated the base at its level.
 */
final class BaseWorkflow {

    static final String CITY = "base:city:decide";
    static final String PROVINCE = "base:province:decide";

    /** The yearly evaluations: once a year, again only after a rectification. */
    static final Set<BaseAction> EVALUATIONS = EnumSet.of(BaseAction.PASS, BaseAction.RECTIFY, BaseAction.REVOKE);

    static final Workflow<CultivationBase, BaseState, BaseAction> TABLE = Workflow
            .of(CultivationBase.SUBJECT_TYPE, BaseAction.class, CultivationBase::getId, CultivationBase::getState, CultivationBase::moveTo)
            .transition(BaseAction.DESIGNATE_MUNICIPAL).from(REGISTERED).to(DESIGNATED).permission(CITY)
            .transition(BaseAction.RECOMMEND).from(REGISTERED, DESIGNATED).to(RECOMMENDED).permission(CITY)
            .when(b -> b.getLevel() != BaseLevel.PROVINCIAL)
            .transition(BaseAction.DESIGNATE_PROVINCIAL).from(RECOMMENDED).to(DESIGNATED).permission(PROVINCE)
            .transition(BaseAction.DECLINE).from(RECOMMENDED).to(b -> b.getLevel() == BaseLevel.MUNICIPAL ? DESIGNATED : REGISTERED)
            .permission(PROVINCE).reason()
            .transition(BaseAction.PASS).from(DESIGNATED, RECTIFYING).to(DESIGNATED).permission(BaseWorkflow::designator).reason()
            .transition(BaseAction.RECTIFY).from(DESIGNATED).to(RECTIFYING).permission(BaseWorkflow::designator).reason()
            .transition(BaseAction.REVOKE).from(DESIGNATED, RECTIFYING).to(REVOKED).permission(BaseWorkflow::designator).reason()
            .build();

    private BaseWorkflow() {
    }

    /** Whoever designated the base at its present level evaluates it. */
    static String designator(CultivationBase base) {
        return base.getLevel() == BaseLevel.PROVINCIAL ? PROVINCE : CITY;
    }

    /** The level a step leaves the base at: the designations raise it, a revocation takes it away. */
    static BaseLevel levelAfter(BaseAction action, BaseLevel level) {
        return switch (action) {
            case DESIGNATE_MUNICIPAL -> BaseLevel.MUNICIPAL;
            case DESIGNATE_PROVINCIAL -> BaseLevel.PROVINCIAL;
            case REVOKE -> BaseLevel.NONE;
            default -> level;
        };
    }
}
