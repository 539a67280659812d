package cn.jilin.laborbrand.promotion.coverage;

/** 电视 / 报纸 / 新媒体 / 广播 / 主题影视作品: where a report appeared (三(四)). */
public enum CoverageKind {
    TV, NEWSPAPER, NEW_MEDIA, RADIO, FILM
}
