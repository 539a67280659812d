package cn.jilin.laborbrand.registry.credit;

/** How grave a recorded violation is: 一般, 较重, 严重. */
public enum ViolationSeverity {
    MINOR, SERIOUS, GRAVE
}
