package cn.jilin.laborbrand.platform.account;

/** The codes of the nine roles, for the places that must name one (demo data, rules, tests). */
public final class RoleCode {

    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
    public static final String AUDIT_ADMIN = "AUDIT_ADMIN";
    public static final String PROVINCE_REVIEWER = "PROVINCE_REVIEWER";
    public static final String PROVINCE_MANAGER = "PROVINCE_MANAGER";
    public static final String CITY_OFFICER = "CITY_OFFICER";
    public static final String DEPARTMENT_OFFICER = "DEPARTMENT_OFFICER";
    public static final String EXPERT = "EXPERT";
    public static final String INSTITUTION = "INSTITUTION";

    private RoleCode() {
    }
}
