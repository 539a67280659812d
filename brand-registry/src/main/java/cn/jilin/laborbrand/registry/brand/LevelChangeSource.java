package cn.jilin.laborbrand.registry.brand;

/**
 * How a level changed: recorded at registration (a level designated before the platform existed), raised by a
 * designation after an application, or lowered by a provincial decision.
 */
public enum LevelChangeSource {
    REGISTRATION, DESIGNATION, DECISION
}
