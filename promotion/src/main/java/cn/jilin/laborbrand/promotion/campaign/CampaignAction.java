package cn.jilin.laborbrand.promotion.campaign;

/** The steps of a campaign; the table is {@link CampaignWorkflow}. */
public enum CampaignAction {
    OPEN, CLOSE, START_NOTICE, PUBLISH, CANCEL
}
