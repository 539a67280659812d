package cn.jilin.laborbrand.governance.plan;

import cn.jilin.laborbrand.platform.partner.PartnerArea;
import java.util.Set;

/** A measure the caller's department answers for, with the read-only areas it opens (none for 三(一) and the like). */
public record PartnerMeasure(long measureId, String code, String title, Set<PartnerArea> areas) {
}
