package cn.jilin.laborbrand.subsidy.policy;

/** Who approves a claim after the first check: the city's bureau, or the province's. */
public enum ApprovalLevel {
    CITY, PROVINCE;

    /** The permission that approves at this level. */
    public String permission() {
        return this == CITY ? "subsidy:approve:city" : "subsidy:approve:province";
    }
}
