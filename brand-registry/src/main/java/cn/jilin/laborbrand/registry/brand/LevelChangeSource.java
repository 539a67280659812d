package cn.jilin.laborbrand.registry.brand;

/**
 * How a level changed: recorded at registration (a level designated before the platform existed), raised by a
 * designation after an application (the city's or the province's), raised to national by the ministry (人社部) on an
 * application the province recommended, with the ministry's document number, or lowered by a provincial decision.
 */
public enum LevelChangeSource {
    REGISTRATION, DESIGNATION, MINISTRY, DECISION
}
