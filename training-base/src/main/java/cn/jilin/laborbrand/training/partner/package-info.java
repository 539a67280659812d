/**
 * What a provincial department reads of training because a measure it answers for covers it: 二(二)1 (and 二(一)2) the
 * courses, trained and certified persons counted by prefecture and occupation; 二(二)2 the persons of the plan's
 * priority groups trained and dispatched, counted by prefecture. Counts only: no trainee's name, ID or phone.
 * Entitlement through the platform's {@code PartnerEntitlements} port.
 */
@NamedInterface("partner")
package cn.jilin.laborbrand.training.partner;

import org.springframework.modulith.NamedInterface;
