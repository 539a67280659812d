package cn.jilin.laborbrand.registry.livelihood;

import static cn.jilin.laborbrand.registry.RegistryRecords.as;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeDetails;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeKind;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(一)2 against the region attributes: a 民生保障型 brand serves the area of its home region and every area above it
 * (a county's brand serves its city), never a brand of another type or a lapsed one; areas without one are gaps; the
 * summary counts areas and covered areas per kind; a city sees its own areas; the plan metric counts covered regions.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
@Transactional
class LivelihoodAreasTest {

    private static final String BAICHENG = "220800";
    private static final String TAOBEI = "220802";
    private static final String TONGYU = "220822";
    private static final String[] VIEWER = {"region:attribute:view", "brand:view"};

    @Autowired
    LivelihoodAreasService livelihood;
    @Autowired
    RegionAttributeService attributes;
    @Autowired
    RegistryRecords records;
    @Autowired
    List<PlanMetric> metrics;

    private String tag;

    @BeforeEach
    void areasOfBaicheng() {
        tag = RegistryRecords.unique("民生");
        area(BAICHENG, RegionAttributeKind.INDEPENDENT_MINING_AREA, null);
        area(TONGYU, RegionAttributeKind.RURAL_REVITALISATION_COUNTY, null);
        area(TAOBEI, RegionAttributeKind.RELOCATION_SITE, tag + "安置区");
    }

    private void area(String region, RegionAttributeKind kind, String site) {
        as(() -> attributes.create(new RegionAttributeDetails(region, kind, site, "测试依据文件", 2020, null), DataScope.province()),
                "region:attribute:view", "region:attribute:manage");
    }

    private long brand(String region, BrandType type, BrandStatus status) {
        return records.brandOf(RegistryRecords.unique(tag + "品牌"), region, IndustrySection.E, type, status);
    }

    private LivelihoodView view(RegionAttributeKind kind, boolean gaps, DataScope scope) {
        return as(() -> livelihood.view(kind, gaps, scope), VIEWER);
    }

    private static List<Long> brandsOf(LivelihoodView view, String region, RegionAttributeKind kind) {
        return view.areas().stream().filter(a -> a.attribute().getRegionCode().equals(region) && a.attribute().getKind() == kind)
                .findFirst().orElseThrow().brands().stream().map(BrandName::id).toList();
    }

    private MetricReading covered() {
        return metrics.stream().filter(m -> m.code().equals("livelihood.areasCovered")).findFirst().orElseThrow().read();
    }

    @Test
    void aCountysLivelihoodBrandServesItsCountyAndItsCityAndOtherTypesOrLapsedBrandsServeNone() {
        long taobei = brand(TAOBEI, BrandType.LIVELIHOOD, BrandStatus.ACTIVE);
        brand(TONGYU, BrandType.SKILL, BrandStatus.ACTIVE);
        brand(TONGYU, BrandType.LIVELIHOOD, BrandStatus.INACTIVE);

        LivelihoodView view = view(null, false, DataScope.province());
        assertThat(brandsOf(view, BAICHENG, RegionAttributeKind.INDEPENDENT_MINING_AREA)).containsExactly(taobei);
        assertThat(brandsOf(view, TAOBEI, RegionAttributeKind.RELOCATION_SITE)).containsExactly(taobei);
        assertThat(brandsOf(view, TONGYU, RegionAttributeKind.RURAL_REVITALISATION_COUNTY)).isEmpty();
        assertThat(view.summary()).extracting(LivelihoodKindSummary::kind).containsExactly(RegionAttributeKind.values());
        LivelihoodKindSummary mining = view.summary().stream().filter(s -> s.kind() == RegionAttributeKind.INDEPENDENT_MINING_AREA).findFirst().orElseThrow();
        assertThat(mining.areas()).isEqualTo(1);
        assertThat(mining.covered()).isEqualTo(1);

        LivelihoodView gaps = view(null, true, DataScope.province());
        assertThat(gaps.areas()).allSatisfy(a -> assertThat(a.isGap()).isTrue())
                .anySatisfy(a -> assertThat(a.attribute().getRegionCode()).isEqualTo(TONGYU))
                .noneSatisfy(a -> assertThat(a.attribute().getRegionCode()).isEqualTo(BAICHENG));
        assertThat(gaps.summary()).isEqualTo(view.summary());
        assertThat(view(RegionAttributeKind.RELOCATION_SITE, false, DataScope.province()).areas())
                .allSatisfy(a -> assertThat(a.attribute().getKind()).isEqualTo(RegionAttributeKind.RELOCATION_SITE));
    }

    @Test
    void aCitySeesTheAreasOfItsRegionOnly() {
        brand(TAOBEI, BrandType.LIVELIHOOD, BrandStatus.ACTIVE);
        LivelihoodView changchun = view(null, false, records.city("220100"));
        assertThat(changchun.areas()).extracting(a -> a.attribute().getRegionCode()).contains("220113")
                .doesNotContain(BAICHENG, TAOBEI, TONGYU, "220400");
        assertThat(changchun.areas()).allSatisfy(a -> assertThat(a.brands()).allSatisfy(b -> assertThat(b.regionCode()).startsWith("2201")));
        LivelihoodView baicheng = view(null, false, records.city(BAICHENG));
        assertThat(baicheng.areas()).extracting(a -> a.attribute().getRegionCode()).containsExactlyInAnyOrder(BAICHENG, TAOBEI, TONGYU);
        assertThat(baicheng.summary().stream().mapToInt(LivelihoodKindSummary::areas).sum()).isEqualTo(3);
    }

    @Test
    void theMetricCountsEachRegionWithAnAttributeAndALivelihoodBrandOnceByPrefecture() {
        MetricReading before = covered();
        brand(TONGYU, BrandType.SKILL, BrandStatus.ACTIVE);
        assertThat(covered().value()).isEqualTo(before.value());
        brand(TAOBEI, BrandType.LIVELIHOOD, BrandStatus.ACTIVE);
        brand(TAOBEI, BrandType.LIVELIHOOD, BrandStatus.ACTIVE);
        MetricReading after = covered();
        // 白城市 (through 洮北区) and 洮北区 itself; 通榆县 stays a gap
        assertThat(after.value()).isEqualTo(before.value() + 2);
        assertThat(after.byRegion().get(BAICHENG)).isEqualTo(before.byRegion().getOrDefault(BAICHENG, 0L) + 2);
    }
}
