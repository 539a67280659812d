package cn.jilin.laborbrand.registry.catalog;

/** The four kinds of institution that 二(一)3 mobilises for key brands: 培训机构, 就业服务机构, 创业孵化机构, 咨询指导机构. */
public enum SupportKind {
    TRAINING, EMPLOYMENT_SERVICE, INCUBATION, CONSULTING
}
