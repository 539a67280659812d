package cn.jilin.laborbrand.registry.standard;

/** In force, or withdrawn (废止) on a date. */
public enum StandardStatus {
    IN_FORCE, WITHDRAWN
}
