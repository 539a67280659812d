package cn.jilin.laborbrand.registry.catalog;

/** The decision of a yearly review (动态管理): the brand stays in the catalogue or leaves it. */
public enum ReviewOutcome {
    KEEP, REMOVE
}
