package cn.jilin.laborbrand.registry.alliance;

/** What an alliance member is: a labor brand or an enterprise of the directory. */
public enum MemberKind {
    BRAND, ENTERPRISE
}
