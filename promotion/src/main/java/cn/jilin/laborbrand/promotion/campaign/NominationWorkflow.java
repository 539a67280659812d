package cn.jilin.laborbrand.promotion.campaign;

import static cn.jilin.laborbrand.promotion.campaign.NominationState.CHECKED;
import static cn.jilin.laborbrand.promotion.campaign.NominationState.DRAFT;
import static cn.jilin.laborbrand.promotion.campaign.NominationState.NOTICE;
import static cn.jilin.laborbrand.promotion.campaign.NominationState.NOT_SELECTED;
import static cn.jilin.laborbrand.promotion.campaign.NominationState.REJECTED;
import static cn.jilin.laborbrand.promotion.campaign.NominationState.REMOVED;
import static cn.jilin.laborbrand.promotion.campaign.NominationState.RETURNED;
import static cn.jilin.laborbrand.promotion.campaign.NominationState.SCORED;
import static cn.jilin.laborbrand.promotion.campaign.NominationState.SCORING;
import static cn.jilin.laborbrand.promotion.campaign.NominationState.SUBMITTED;
import static cn.jilin.laborbrand.promotion.campaign.NominationState.WITHDRAWN;
import static cn.jilin.laborbrand.promotion.campaign.NominationState.WON;

import cn.jilin.laborbrand.platform.workflow.Workflow;

/**
 * The nomination in one table: the city submits (or withdraws); the province checks, returns for revision or rejects;
 * assigns experts; closes the scoring; the campaign's notice puts the ranked into tiers on notice or not selected; an
 * upheld objection removes a nominee; publication makes the rest winners. The steps from ASSIGN on that move many
 * nominations at once are taken by the campaign's services, not from a nomination's page.
 */
final class NominationWorkflow {

    static final Workflow<Nomination, NominationState, NominationAction> TABLE = Workflow
            .of(Nomination.SUBJECT_TYPE, NominationAction.class, Nomination::getId, Nomination::getState, Nomination::moveTo)
            .transition(NominationAction.SUBMIT).from(DRAFT, RETURNED).to(SUBMITTED).permission(CampaignWorkflow.NOMINATE)
            .transition(NominationAction.WITHDRAW).from(DRAFT, SUBMITTED, RETURNED).to(WITHDRAWN).permission(CampaignWorkflow.NOMINATE)
            .transition(NominationAction.CHECK).from(SUBMITTED).to(CHECKED).permission(CampaignWorkflow.MANAGE)
            .transition(NominationAction.RETURN).from(SUBMITTED).to(RETURNED).permission(CampaignWorkflow.MANAGE).reason()
            .transition(NominationAction.REJECT).from(SUBMITTED, CHECKED).to(REJECTED).permission(CampaignWorkflow.MANAGE).reason()
            .transition(NominationAction.ASSIGN).from(CHECKED).to(SCORING).permission(CampaignWorkflow.MANAGE)
            .transition(NominationAction.FINISH_SCORING).from(SCORING).to(SCORED).permission(CampaignWorkflow.MANAGE)
            .transition(NominationAction.NOTICE).from(SCORED).to(NOTICE).permission(CampaignWorkflow.MANAGE)
            .transition(NominationAction.NOT_SELECT).from(SCORED).to(NOT_SELECTED).permission(CampaignWorkflow.MANAGE)
            .transition(NominationAction.WIN).from(NOTICE).to(WON).permission(CampaignWorkflow.MANAGE)
            .transition(NominationAction.REMOVE).from(NOTICE).to(REMOVED).permission(CampaignWorkflow.MANAGE).reason()
            .build();

    private NominationWorkflow() {
    }
}
