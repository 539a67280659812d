package cn.jilin.laborbrand.platform.region;

/** The states of a region attribute's history (platform workflow history): listed, and removed from the register. */
public enum RegionAttributeState {
    LISTED, REMOVED
}
