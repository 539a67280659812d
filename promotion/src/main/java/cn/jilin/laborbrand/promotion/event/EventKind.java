package cn.jilin.laborbrand.promotion.event;

/** 展示交流活动 / 专业论坛 / 招聘会 / 宣传周 / 文化体验馆 / 技能竞赛 / 其他: the kinds of promotion event (三(三)). */
public enum EventKind {
    EXHIBITION, FORUM, JOB_FAIR, PUBLICITY_WEEK, EXPERIENCE_HALL, COMPETITION, OTHER
}
