package cn.jilin.laborbrand.registry.enterprise;

import java.time.Instant;

/**
 * A leading enterprise and the brand it anchors, as lists show them. The enterprise's name and region are the
 * directory's public facts; its credit code is given only when the caller's scope covers the enterprise (else null).
 */
public record LeadingEnterpriseView(long id, long brandId, String brandName, String brandRegionCode, long organisationId,
                                    String enterpriseName, String enterpriseRegionCode, String creditCode, String note,
                                    boolean demo, Instant linkedAt) {
}
