package cn.jilin.laborbrand.registry.brand;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.LIAOYUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.NANGUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The brand list, its export and its type-ahead read within the caller's scope, in the query. */
@SpringBootTest(classes = RegistryTestApplication.class)
@Transactional
class BrandScopeTest {

    @Autowired
    BrandService brands;
    @Autowired
    RegistryRecords records;

    private String tag;
    private long changchun;
    private long nanguan;
    private long liaoyuan;

    @BeforeEach
    void threeBrandsInTwoCities() {
        tag = RegistryRecords.unique("范围");
        changchun = records.brandNamed(tag + "长春", CHANGCHUN, IndustrySection.C);
        nanguan = records.brandNamed(tag + "南关", NANGUAN, IndustrySection.C);
        liaoyuan = records.brandNamed(tag + "辽源", LIAOYUAN, IndustrySection.C);
    }

    private List<Long> listed(DataScope scope) {
        BrandFilter mine = new BrandFilter(null, null, null, null, tag);
        return as(() -> brands.search(mine, scope, PageRequest.of(0, 50, Sort.by("id"))).map(LaborBrand::getId).getContent(), "brand:view");
    }

    private List<Long> exported(DataScope scope) {
        BrandFilter mine = new BrandFilter(null, null, null, null, tag);
        return as(() -> brands.export(mine, scope, Sort.by("id")).stream().map(LaborBrand::getId).toList(), "brand:view");
    }

    private List<Long> options(DataScope scope) {
        return as(() -> brands.options(tag, scope, 20).stream().map(BrandName::id).toList(), "brand:view");
    }

    @Test
    void aCitySeesItsOwnAndItsCountiesBrandsButNotAnotherCitys() {
        DataScope city = records.city(CHANGCHUN);
        assertThat(listed(city)).containsExactly(changchun, nanguan);
        assertThat(exported(city)).containsExactly(changchun, nanguan);
        assertThat(options(city)).containsExactlyInAnyOrder(changchun, nanguan);
        assertThat(as(() -> brands.search(new BrandFilter(null, null, null, null, tag), city, PageRequest.of(0, 1)).getTotalElements(),
                "brand:view")).isEqualTo(2);
        assertThat(as(() -> brands.get(nanguan, city).getId(), "brand:view")).isEqualTo(nanguan);
        assertThatThrownBy(() -> as(() -> brands.get(liaoyuan, city), "brand:view")).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> brands.visible(List.of(changchun, liaoyuan), city), "brand:view")).containsExactly(changchun);
    }

    @Test
    void theProvinceSeesEveryBrand() {
        assertThat(listed(DataScope.province())).containsExactly(changchun, nanguan, liaoyuan);
        assertThat(exported(DataScope.province())).containsExactly(changchun, nanguan, liaoyuan);
        assertThat(options(DataScope.province())).hasSize(3);
    }

    @Test
    void anOrganisationAnExpertAndNoScopeSeeNoBrandRecord() {
        long anEnterprise = records.enterprise(CHANGCHUN);
        for (DataScope scope : List.of(DataScope.organisation(anEnterprise), DataScope.expert(1L), DataScope.none())) {
            assertThat(listed(scope)).isEmpty();
            assertThat(exported(scope)).isEmpty();
            assertThat(options(scope)).isEmpty();
            assertThatThrownBy(() -> as(() -> brands.get(changchun, scope), "brand:view")).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void filtersNarrowTheListWithinTheScope() {
        BrandFilter byRegion = new BrandFilter(Set.of(NANGUAN), null, null, null, tag);
        assertThat(as(() -> brands.search(byRegion, DataScope.province(), PageRequest.of(0, 50)).map(LaborBrand::getId).getContent(),
                "brand:view")).containsExactly(nanguan);
        BrandFilter otherCity = new BrandFilter(Set.of(LIAOYUAN), null, null, null, tag);
        assertThat(as(() -> brands.search(otherCity, records.city(CHANGCHUN), PageRequest.of(0, 50)).getTotalElements(), "brand:view"))
                .isZero();
        assertThat(as(() -> brands.options("  ", DataScope.province(), 20), "brand:view")).isEmpty();
    }

    @Test
    void aCityRegistersBrandsOfItsOwnRegionOnlyAndReadingTakesThePermission() {
        long changchunOfficers = as(() -> brands.register(new BrandDetails(RegistryRecords.unique("长春自建"), NANGUAN, BrandScope.REGIONAL,
                BrandType.SKILL, IndustrySection.C, "焊工", BrandMaturity.EMERGING, 10, java.math.BigDecimal.ONE, 1, 1, null, null, null,
                BrandStatus.ACTIVE), records.city(CHANGCHUN)), "brand:edit");
        assertThat(changchunOfficers).isPositive();
        assertThatThrownBy(() -> as(() -> brands.register(new BrandDetails(RegistryRecords.unique("越界"), LIAOYUAN, BrandScope.REGIONAL,
                BrandType.SKILL, IndustrySection.C, "焊工", BrandMaturity.EMERGING, 10, java.math.BigDecimal.ONE, 1, 1, null, null, null,
                BrandStatus.ACTIVE), records.city(CHANGCHUN)), "brand:edit"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("brand.region.outOfScope"));
        assertThatThrownBy(() -> as(() -> brands.get(changchun, DataScope.province()), "survey:view")).isInstanceOf(AccessDeniedException.class);
    }
}
