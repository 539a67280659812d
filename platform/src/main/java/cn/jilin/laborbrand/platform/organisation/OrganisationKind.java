package cn.jilin.laborbrand.platform.organisation;

/**
 * Provincial departments of the plan, HRSS bureaus of prefectures and counties, the cities' and counties' own
 * departments (市县直部门, which carry tasks of a city's 推进落实方案), institutions and enterprises.
 */
public enum OrganisationKind {
    PROVINCIAL_DEPARTMENT, HRSS_BUREAU, LOCAL_DEPARTMENT, INSTITUTION, ENTERPRISE;

    /** Whether this is a unit of government: a provincial department, an HRSS bureau, a city's or county's department. */
    public boolean isGovernment() {
        return this == PROVINCIAL_DEPARTMENT || this == HRSS_BUREAU || this == LOCAL_DEPARTMENT;
    }

    /** Whether an officer may register an organisation of this kind (the provincial departments and bureaus come by migration). */
    public boolean isRegistrable() {
        return this != PROVINCIAL_DEPARTMENT && this != HRSS_BUREAU;
    }

    /** Whether a unit of this kind may carry a task of a city's 推进落实方案: the city's or a county's bureau or department. */
    public boolean carriesCityTasks() {
        return this == HRSS_BUREAU || this == LOCAL_DEPARTMENT;
    }
}
