package cn.jilin.laborbrand.registry.brand;

/** The plan's four kinds of brand (二(一)2): 技能型, 服务型, 民生保障型, 文化旅游类. */
public enum BrandType {
    SKILL, SERVICE, LIVELIHOOD, CULTURE_TOURISM
}
