package cn.jilin.laborbrand.registry.alliance;

/** 行业内 / 区域内 (二(三)2): an alliance of one trade (an industry section) or of one region. */
public enum AllianceBasis {
    TRADE, REGION
}
