package cn.jilin.laborbrand.promotion.campaign;

/** Where a campaign stands: drafted, open for nominations, closed for scoring, on public notice, published, cancelled. */
public enum CampaignState {
    DRAFT, OPEN, CLOSED, NOTICE, PUBLISHED, CANCELLED
}
