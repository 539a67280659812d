package cn.jilin.laborbrand.platform.organisation;

/** Provincial departments of the plan, HRSS bureaus of prefectures and counties, institutions and enterprises. */
public enum OrganisationKind {
    PROVINCIAL_DEPARTMENT, HRSS_BUREAU, INSTITUTION, ENTERPRISE;

    /** Whether an officer may register an organisation of this kind (government units come by migration). */
    public boolean isRegistrable() {
        return this == INSTITUTION || this == ENTERPRISE;
    }
}
