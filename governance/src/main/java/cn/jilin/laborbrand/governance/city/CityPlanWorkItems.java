package cn.jilin.laborbrand.governance.city;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** 三(一) on a city's work list: the prefecture's officer is asked to record its 推进落实方案 until one is adopted. */
@Component
class CityPlanWorkItems implements WorkItemSource {

    private final CityPlanService cities;
    private final RegionService regions;

    CityPlanWorkItems(CityPlanService cities, RegionService regions) {
        this.cities = cities;
        this.regions = regions;
    }

    @Override
    public List<WorkItem> itemsFor(SignedInAccount user) {
        DataScope scope = user.scope();
        if (!user.can("city-plan:manage") || !user.can("city-plan:view") || scope.kind() != DataScope.Kind.REGION) {
            return List.of();
        }
        Region region = regions.find(scope.regionCode()).filter(r -> r.getLevel() == RegionLevel.PREFECTURE).orElse(null);
        if (region == null || cities.hasAdoptedPlan(region.getCode(), scope)) {
            return List.of();
        }
        return List.of(WorkItem.of(WorkItem.Kind.DUE, "worklist.cityPlan.missing", "/plan/cities/" + region.getCode(), null, region.getName()));
    }
}
