package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;

/** The rules the cooperation registers share: the running region is a Jilin region within the caller's scope. */
final class Cooperation {

    private Cooperation() {
    }

    static void checkRegion(RegionService regions, String regionCode, DataScope scope) {
        if (regionCode == null || regions.find(regionCode).isEmpty()) {
            throw new RuleViolation("regionCode", "base.region.unknown");
        }
        if (!scope.coversRegion(regionCode)) {
            throw new RuleViolation("regionCode", "base.region.outOfScope");
        }
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
