package cn.jilin.laborbrand.subsidy.policy;

/** Who is paid: the person, or the institution, enterprise or HR service agency that serves them. */
public enum PayeeKind {
    PERSON, INSTITUTION, ENTERPRISE, HR_AGENCY
}
