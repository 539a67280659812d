package cn.jilin.laborbrand.promotion.campaign;

/** What a campaign selects: brands (优秀劳务品牌), or people of brands (形象代言人, 带头人). 技能大赛 is a Competition. */
public enum CampaignKind {
    EXCELLENT_BRAND, AMBASSADOR, LEADER;

    /** Whether its nominations are people (with a consent to publish), rather than brands. */
    public boolean isPerson() {
        return this != EXCELLENT_BRAND;
    }
}
