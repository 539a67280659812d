package cn.jilin.laborbrand.governance.city;

/** How far a prefecture-level unit has come with 三(一): nothing yet, a leading group, an adopted 推进落实方案. */
public enum CityPlanStatus {
    NONE, GROUP, PLAN
}
