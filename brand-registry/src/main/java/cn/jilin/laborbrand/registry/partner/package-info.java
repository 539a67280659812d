/**
 * What a provincial department reads of the brand registry because a measure it answers for covers brands (二(二)3
 * credit and marks, 二(三)2 leading enterprises, 二(三)3 parks, 二(一)2): brands with level, region, type, latest credit
 * rating, violations and marks; no leader, no contact, no personal data. Entitlement through the platform's
 * {@code PartnerEntitlements} port.
 */
@NamedInterface("partner")
package cn.jilin.laborbrand.registry.partner;

import org.springframework.modulith.NamedInterface;
