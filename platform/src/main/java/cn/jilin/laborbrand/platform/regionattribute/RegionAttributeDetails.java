package cn.jilin.laborbrand.platform.regionattribute;

/** What the province enters about a region attribute: where, which kind, the named site (relocation sites), the source. */
public record RegionAttributeDetails(String regionCode, RegionAttributeKind kind, String siteName, String sourceDocument,
                                     Integer sinceYear, String note) {
}
