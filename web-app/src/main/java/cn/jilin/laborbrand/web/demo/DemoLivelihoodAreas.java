package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeDetails;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeFilter;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeKind;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A few demo region attributes beside the seeded resource-depleted cities (二(一)2), so the livelihood view shows the
 * other kinds: a county and a relocation site with a livelihood brand (汪清), and a county without one (通榆, a gap).
 * Not an official list: the source says so, and the rows are marked as demo data. Idempotent.
 */
@Component
@Profile("demo")
@Order(37)
class DemoLivelihoodAreas implements ApplicationRunner {

    static final String SOURCE = "演示数据（非正式名单，仅供演示）";
    private static final String[] AUTHORITIES = {"demo:provision", "region:attribute:view", "region:attribute:manage"};

    static final List<RegionAttributeDetails> AREAS = List.of(
            new RegionAttributeDetails("222424", RegionAttributeKind.RURAL_REVITALISATION_COUNTY, null, SOURCE, 2022, null),
            new RegionAttributeDetails("222424", RegionAttributeKind.RELOCATION_SITE, "汪清县城区集中安置区（演示）", SOURCE, 2019, null),
            new RegionAttributeDetails("220822", RegionAttributeKind.RURAL_REVITALISATION_COUNTY, null, SOURCE, 2022, null));

    private final RegionAttributeService attributes;
    private final DemoRecords demo;

    DemoLivelihoodAreas(RegionAttributeService attributes, DemoRecords demo) {
        this.attributes = attributes;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.call(() -> {
            if (attributes.search(new RegionAttributeFilter(null, null, SOURCE), DataScope.province(), PageRequest.of(0, 1)).isEmpty()) {
                AREAS.forEach(a -> demo.mark("region_attribute", attributes.create(a, DataScope.province())));
            }
            return null;
        }, AUTHORITIES);
    }
}
