package cn.jilin.laborbrand.platform.organisation;

/** An institution or enterprise to register: name, kind, region, 统一社会信用代码 and address. */
public record NewOrganisation(String name, OrganisationKind kind, String regionCode, String creditCode, String address) {
}
