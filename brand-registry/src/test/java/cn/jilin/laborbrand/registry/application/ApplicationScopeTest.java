package cn.jilin.laborbrand.registry.application;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.LIAOYUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.NANGUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/** The application list, its export, a brand's applications and the brands that may apply, within the caller's scope. */
@SpringBootTest(classes = RegistryTestApplication.class)
@Transactional
class ApplicationScopeTest {

    static final String VIEW = "brand:application:view";

    @Autowired
    ApplicationQueries queries;
    @Autowired
    RegistryRecords records;

    private String tag;
    private long changchunBrand;
    private long changchun;
    private long nanguan;
    private long liaoyuan;

    @BeforeEach
    void applicationsOfTwoCities() {
        tag = RegistryRecords.unique("申报范围");
        changchunBrand = records.brandNamed(tag + "长春", CHANGCHUN, IndustrySection.C);
        changchun = records.application(changchunBrand, BrandLevel.PROVINCIAL, records.city(CHANGCHUN));
        nanguan = records.application(records.brandNamed(tag + "南关", NANGUAN, IndustrySection.C), BrandLevel.MUNICIPAL,
                records.city(CHANGCHUN));
        liaoyuan = records.application(records.brandNamed(tag + "辽源", LIAOYUAN, IndustrySection.C), BrandLevel.PROVINCIAL,
                records.city(LIAOYUAN));
    }

    private List<Long> listed(ApplicationFilter filter, DataScope scope) {
        return as(() -> queries.search(filter, scope, PageRequest.of(0, 50, Sort.by("id"))).map(BrandApplication::getId).getContent(), VIEW);
    }

    private List<Long> exported(DataScope scope) {
        return as(() -> queries.export(new ApplicationFilter(null, null, tag), scope, Sort.by("id")).stream()
                .map(BrandApplication::getId).toList(), VIEW);
    }

    @Test
    void aCitySeesTheApplicationsOfItsRegionAndCountiesOnly() {
        DataScope city = records.city(CHANGCHUN);
        assertThat(listed(new ApplicationFilter(null, null, tag), city)).containsExactly(changchun, nanguan);
        assertThat(exported(city)).containsExactly(changchun, nanguan);
        assertThat(as(() -> queries.get(nanguan, city).getId(), VIEW)).isEqualTo(nanguan);
        assertThatThrownBy(() -> as(() -> queries.get(liaoyuan, city), VIEW)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(() -> queries.history(liaoyuan, city), VIEW)).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> queries.ofBrand(changchunBrand, city), VIEW)).extracting(BrandApplication::getId).containsExactly(changchun);
        assertThat(as(() -> queries.ofBrand(changchunBrand, records.city(LIAOYUAN)), VIEW)).isEmpty();
    }

    @Test
    void theProvinceSeesEveryApplicationAndFiltersNarrowIt() {
        assertThat(listed(new ApplicationFilter(null, null, tag), DataScope.province())).containsExactly(changchun, nanguan, liaoyuan);
        assertThat(exported(DataScope.province())).containsExactly(changchun, nanguan, liaoyuan);
        assertThat(listed(new ApplicationFilter(null, BrandLevel.MUNICIPAL, tag), DataScope.province())).containsExactly(nanguan);
        assertThat(listed(new ApplicationFilter(Set.of(ApplicationState.SUBMITTED), null, tag), DataScope.province())).isEmpty();
        assertThat(listed(new ApplicationFilter(Set.of(ApplicationState.DRAFT), null, tag), DataScope.province())).hasSize(3);
        assertThat(as(() -> queries.search(new ApplicationFilter(null, null, tag), records.city(LIAOYUAN), PageRequest.of(0, 1))
                .getTotalElements(), VIEW)).isEqualTo(1);
    }

    @Test
    void anOrganisationAnUnassignedExpertAndNoScopeSeeNoApplication() {
        long enterprise = records.enterprise(CHANGCHUN);
        for (DataScope scope : List.of(DataScope.organisation(enterprise), DataScope.expert(-1L), DataScope.none())) {
            assertThat(listed(new ApplicationFilter(null, null, tag), scope)).isEmpty();
            assertThat(exported(scope)).isEmpty();
            assertThatThrownBy(() -> as(() -> queries.get(changchun, scope), VIEW)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void theBrandsThatMayApplyAreThoseOfTheScopeBelowNational() {
        long national = records.brandNamed(tag + "长春国家级", CHANGCHUN, IndustrySection.C);
        as(() -> {
            brands.recordLevelHeld(national, BrandLevel.NATIONAL, "人社部公布的全国劳务品牌", DataScope.province());
            return null;
        }, "brand:level:lower");
        List<Long> mayApply = as(() -> queries.brandsThatMayApply(tag, records.city(CHANGCHUN), 20), "brand:application:submit", "brand:view")
                .stream().map(BrandName::id).toList();
        assertThat(mayApply).containsExactlyInAnyOrder(changchunBrand, brandOf(nanguan));
        assertThat(as(() -> queries.brandsThatMayApply(tag, DataScope.none(), 20), "brand:application:submit", "brand:view")).isEmpty();
    }

    private long brandOf(long application) {
        return as(() -> queries.get(application, DataScope.province()).getBrandId(), VIEW);
    }

    @Autowired
    cn.jilin.laborbrand.registry.brand.BrandService brands;
}
