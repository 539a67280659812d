package cn.jilin.laborbrand.registry.survey;

import java.util.List;

/**
 * A return for the demo: the region, its groups (figures made up), and the steps it has gone through after its
 * creation, with the reason of a return for revision.
 */
public record DemoReturn(String regionCode, List<GroupFigures> groups, List<ReturnAction> steps, String returnReason) {
}
