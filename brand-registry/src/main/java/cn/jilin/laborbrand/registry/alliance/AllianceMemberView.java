package cn.jilin.laborbrand.registry.alliance;

import cn.jilin.laborbrand.registry.brand.BrandLevel;
import java.time.LocalDate;

/**
 * A member as pages show it: name and home region (public facts), the brand's level (null for an enterprise), and
 * whether the caller's scope covers it (so that the page links only to what opens).
 */
public record AllianceMemberView(long id, MemberKind kind, long refId, String name, String regionCode, BrandLevel brandLevel,
                                 boolean lead, LocalDate joinedOn, boolean inScope) {
}
