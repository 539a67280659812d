package cn.jilin.laborbrand.promotion.campaign;

import static cn.jilin.laborbrand.promotion.campaign.CampaignState.CANCELLED;
import static cn.jilin.laborbrand.promotion.campaign.CampaignState.CLOSED;
import static cn.jilin.laborbrand.promotion.campaign.CampaignState.DRAFT;
import static cn.jilin.laborbrand.promotion.campaign.CampaignState.NOTICE;
import static cn.jilin.laborbrand.promotion.campaign.CampaignState.OPEN;
import static cn.jilin.laborbrand.promotion.campaign.CampaignState.PUBLISHED;

import cn.jilin.laborbrand.platform.workflow.Workflow;

/** The campaign in one table: the province opens it, closes nominations for scoring, puts the result on notice, publishes it. */
final class CampaignWorkflow {

    static final String VIEW = "campaign:view";
    static final String MANAGE = "campaign:manage";
    static final String NOMINATE = "campaign:nominate";

    static final Workflow<SelectionCampaign, CampaignState, CampaignAction> TABLE = Workflow
            .of(SelectionCampaign.SUBJECT_TYPE, CampaignAction.class, SelectionCampaign::getId, SelectionCampaign::getState, SelectionCampaign::moveTo)
            .transition(CampaignAction.OPEN).from(DRAFT).to(OPEN).permission(MANAGE)
            .transition(CampaignAction.CLOSE).from(OPEN).to(CLOSED).permission(MANAGE)
            .transition(CampaignAction.START_NOTICE).from(CLOSED).to(NOTICE).permission(MANAGE)
            .transition(CampaignAction.PUBLISH).from(NOTICE).to(PUBLISHED).permission(MANAGE)
            .transition(CampaignAction.CANCEL).from(DRAFT, OPEN, CLOSED).to(CANCELLED).permission(MANAGE).reason()
            .build();

    private CampaignWorkflow() {
    }
}
