package cn.jilin.laborbrand.platform.regionattribute;

/** The states of a region attribute's history (platform workflow history): listed, and removed from the register. */
public enum RegionAttributeState {
    LISTED, REMOVED
}
