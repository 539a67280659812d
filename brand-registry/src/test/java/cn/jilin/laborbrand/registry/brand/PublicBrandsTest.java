package cn.jilin.laborbrand.registry.brand;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.LIAOYUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.NANGUAN;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of brands is decided in one query: designated and active only, whoever asks; filters by the
 * regions of a prefecture, level and text; counts by prefecture and level agree with the list.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
@Transactional
class PublicBrandsTest {

    @Autowired
    PublicBrands published;
    @Autowired
    BrandService brands;
    @Autowired
    RegionService regions;
    @Autowired
    RegistryRecords records;
    @Autowired
    jakarta.persistence.EntityManager entities;

    private String tag;
    private long municipal;
    private long national;
    private long none;
    private long lapsed;

    @BeforeEach
    void brandsOfEveryStanding() {
        tag = RegistryRecords.unique("公开");
        municipal = records.brandNamed(tag + "南关", NANGUAN, IndustrySection.C);
        national = records.brandNamed(tag + "辽源", LIAOYUAN, IndustrySection.C);
        none = records.brandNamed(tag + "长春", CHANGCHUN, IndustrySection.C);
        lapsed = records.brandNamed(tag + "停用", CHANGCHUN, IndustrySection.C);
        RegistryRecords.as(() -> {
            brands.recordLevelHeld(municipal, BrandLevel.MUNICIPAL, "测试", DataScope.province());
            brands.recordLevelHeld(national, BrandLevel.NATIONAL, "测试", DataScope.province());
            brands.recordLevelHeld(lapsed, BrandLevel.PROVINCIAL, "测试", DataScope.province());
            LaborBrand brand = brands.get(lapsed, DataScope.province());
            BrandDetails d = brand.details();
            brands.update(lapsed, brand.getVersion(), new BrandDetails(d.name(), d.regionCode(), d.scope(), d.type(), d.industry(), d.occupations(),
                    d.maturity(), d.workforceSize(), d.annualLaborIncome(), d.trainedCount(), d.certifiedCount(), d.brandLeader(), d.trademarkNumber(),
                    d.story(), BrandStatus.INACTIVE), DataScope.province());
            return null;
        }, "brand:level:lower", "brand:edit", "brand:view");
        entities.flush(); // the public queries are plain SQL in this test's transaction
    }

    private List<Long> listed(PublicBrandFilter filter) {
        return published.search(filter, PublicBrandSort.LEVEL, PageRequest.of(0, 50)).map(PublicBrand::id).getContent();
    }

    @Test
    void onlyDesignatedActiveBrandsArePublishedNationalFirst() {
        assertThat(listed(new PublicBrandFilter(null, null, null, null, tag))).containsExactly(national, municipal);
        assertThat(published.profile(national)).isPresent();
        assertThat(published.profile(none)).isEmpty();
        assertThat(published.profile(lapsed)).isEmpty();
        assertThat(published.logo(none)).isEmpty();
        assertThat(published.names(List.of(national, none, lapsed))).containsOnlyKeys(national);
    }

    @Test
    void aPrefectureCoversItsCountiesAndLevelAndTextNarrow() {
        assertThat(listed(new PublicBrandFilter(regions.coveredCodes(CHANGCHUN), null, null, null, tag))).containsExactly(municipal);
        assertThat(listed(new PublicBrandFilter(null, BrandLevel.NATIONAL, null, null, tag))).containsExactly(national);
        assertThat(listed(new PublicBrandFilter(null, null, null, null, tag + "%"))).isEmpty();
        assertThat(published.all(new PublicBrandFilter(null, null, null, null, tag), PublicBrandSort.NAME)).extracting(PublicBrand::id)
                .containsExactlyInAnyOrder(national, municipal);
    }

    @Test
    void countsByPrefectureAndLevelIncludeEveryDesignatedBrandOnce() {
        long liaoyuanBefore = published.countByPrefecture().get(LIAOYUAN);
        assertThat(published.countByPrefecture()).containsKeys(CHANGCHUN, LIAOYUAN);
        assertThat(published.countByLevel()).containsKeys(BrandLevel.NATIONAL, BrandLevel.PROVINCIAL, BrandLevel.MUNICIPAL)
                .doesNotContainKey(BrandLevel.NONE);
        long total = published.countByLevel().values().stream().mapToLong(Long::longValue).sum();
        assertThat(published.countByPrefecture().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(published.countByYearDesignated().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(liaoyuanBefore).isGreaterThanOrEqualTo(1);
    }
}
