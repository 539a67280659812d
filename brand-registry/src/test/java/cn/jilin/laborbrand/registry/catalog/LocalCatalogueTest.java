package cn.jilin.laborbrand.registry.catalog;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.LIAOYUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.NANGUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cities' own catalogues (二(一)1, 二(一)3): a city keeps its own resource library and plans, the province its own
 * catalogue, nobody another's; what a city's catalogue holds lies within the city; the roll-up counts each city's.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
@Transactional
class LocalCatalogueTest {

    static final String[] KEEPER = {"brand:view", "catalog:manage"};

    @Autowired
    GuidanceCatalogService catalog;
    @Autowired
    LocalCatalogueService local;
    @Autowired
    BrandService brandService;
    @Autowired
    RegistryRecords records;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<PlanMetric> metrics;

    private String tag;
    private long nanguanBrand;
    private long liaoyuanBrand;
    private DataScope changchun;
    private DataScope liaoyuan;

    @BeforeEach
    void twoCities() {
        tag = RegistryRecords.unique("地方资源库");
        nanguanBrand = records.brandNamed(tag + "南关", NANGUAN, IndustrySection.C);
        liaoyuanBrand = records.brandNamed(tag + "辽源", LIAOYUAN, IndustrySection.C);
        changchun = records.city(CHANGCHUN);
        liaoyuan = records.city(LIAOYUAN);
    }

    private ProjectDetails project(String region, Long brand) {
        return new ProjectDetails(tag + "项目", region, "三年培训 3000 人次", "长春市人力资源和社会保障局", brand, 2025);
    }

    private DevelopmentPlanDetails plan(List<Long> brands) {
        return new DevelopmentPlanDetails(tag + "发展规划", "长春市人力资源和社会保障局", LocalDate.of(2025, 3, 18), 2025, 2027, "做大做强", brands);
    }

    @Test
    void aCityListsItsBrandInItsOwnLibraryBesideTheProvincesCatalogue() {
        long province = as(() -> catalog.add(nanguanBrand, 2025, "全省重点", DataScope.province()), KEEPER);
        long city = as(() -> catalog.add(nanguanBrand, 2025, "本市重点", changchun), KEEPER);

        assertThat(as(() -> catalog.get(city, changchun), KEEPER).getOwner()).isEqualTo(CatalogOwner.city(CHANGCHUN));
        assertThat(as(() -> catalog.get(province, changchun), KEEPER).getOwner()).isEqualTo(CatalogOwner.province());
        assertThat(as(() -> catalog.entriesOfBrand(nanguanBrand, changchun), KEEPER)).extracting(CatalogEntry::getId)
                .containsExactly(province, city);
        // once at a time in each catalogue
        assertThatThrownBy(() -> as(() -> catalog.add(nanguanBrand, 2025, "再次", changchun), KEEPER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKeys()).containsExactly("catalog.brand.alreadyListed"));
        assertThat(as(() -> catalog.listable(nanguanBrand, changchun), KEEPER)).isFalse();
        // the filter of one catalogue
        CatalogFilter cityOnly = new CatalogFilter(CatalogOwner.city(CHANGCHUN), null, null, null, null, tag);
        CatalogFilter provinceOnly = new CatalogFilter(CatalogOwner.province(), null, null, null, null, tag);
        assertThat(as(() -> catalog.search(cityOnly, DataScope.province(), PageRequest.of(0, 10)), KEEPER))
                .extracting(CatalogEntry::getId).containsExactly(city);
        assertThat(as(() -> catalog.search(provinceOnly, changchun, PageRequest.of(0, 10)), KEEPER))
                .extracting(CatalogEntry::getId).containsExactly(province);
    }

    @Test
    void nobodyReviewsOrRemovesTheEntriesOfAnotherOfficesCatalogue() {
        long province = as(() -> catalog.add(nanguanBrand, 2025, "全省重点", DataScope.province()), KEEPER);
        long city = as(() -> catalog.add(nanguanBrand, 2025, "本市重点", changchun), KEEPER);
        long provinceVersion = as(() -> catalog.get(province, changchun), KEEPER).getVersion();
        long cityVersion = as(() -> catalog.get(city, changchun), KEEPER).getVersion();

        assertThatThrownBy(() -> as(() -> {
            catalog.remove(province, provinceVersion, "越权移出", changchun);
            return null;
        }, KEEPER)).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKeys()).containsExactly("catalog.owner.other"));
        assertThatThrownBy(() -> as(() -> {
            catalog.remove(city, cityVersion, "越权移出", DataScope.province());
            return null;
        }, KEEPER)).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKeys()).containsExactly("catalog.owner.other"));
        // a county's officer keeps no catalogue, and another city does not even see 长春's entry
        DataScope county = DataScope.region(NANGUAN, List.of(NANGUAN));
        assertThat(catalog.keptBy(county)).isEmpty();
        assertThatThrownBy(() -> as(() -> catalog.add(nanguanBrand, 2025, "县级", county), KEEPER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKeys()).containsExactly("catalog.owner.none"));
        assertThatThrownBy(() -> as(() -> catalog.get(city, liaoyuan), KEEPER)).isInstanceOf(NotFoundException.class);
        as(() -> {
            catalog.remove(city, cityVersion, "本市调整", changchun);
            return null;
        }, KEEPER);
        assertThat(as(() -> catalog.get(city, changchun), KEEPER).isListed()).isFalse();
    }

    @Test
    void theDatabaseKeepsACitysCatalogueWithinTheCity() {
        Long id = jdbc.queryForObject("""
                insert into catalog_entry (brand_id, catalog_year, status, reason, catalog_region)
                values (?, 2025, 'LISTED', '合法', ?) returning id""", Long.class, nanguanBrand, CHANGCHUN);
        assertThat(id).isNotNull();
        assertThatThrownBy(() -> jdbc.update("""
                insert into catalog_entry (brand_id, catalog_year, status, reason, catalog_region)
                values (?, 2025, 'LISTED', '越界', ?)""", liaoyuanBrand, CHANGCHUN)).hasMessageContaining("is not within");
    }

    @Test
    void theDatabaseKeepsCataloguesToPrefectureLevelUnits() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into catalog_project (catalog_region, region_code, name, description, lead_organisation, catalog_year, status)
                values (?, ?, '县级目录', '不是市州', '某单位', 2025, 'LISTED')""", NANGUAN, NANGUAN)).hasMessageContaining("prefecture");
    }

    @Test
    void keyProjectsAreKeptByTheirCatalogueAndReadWithinTheScope() {
        long project = as(() -> local.addProject(project(NANGUAN, nanguanBrand), changchun), KEEPER);
        CatalogProject saved = as(() -> local.project(project, DataScope.province()), KEEPER);
        assertThat(saved.getOwner()).isEqualTo(CatalogOwner.city(CHANGCHUN));
        assertThat(saved.getBrandId()).isEqualTo(nanguanBrand);
        assertThatThrownBy(() -> as(() -> local.project(project, liaoyuan), KEEPER)).isInstanceOf(NotFoundException.class);

        // a region or brand outside the city, a year out of range: refused with the field at fault
        assertThatThrownBy(() -> as(() -> local.addProject(project(LIAOYUAN, null), changchun), KEEPER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("regionCode"));
        assertThatThrownBy(() -> as(() -> local.addProject(project(NANGUAN, liaoyuanBrand), changchun), KEEPER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("brandId"));
        assertThatThrownBy(() -> as(() -> local.addProject(new ProjectDetails("x", NANGUAN, "y", "z", null, 1999), changchun), KEEPER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("year"));

        // edited and removed by its own office only, each step in its history
        long version = saved.getVersion();
        assertThatThrownBy(() -> as(() -> {
            local.updateProject(project, version, project(CHANGCHUN, null), DataScope.province());
            return null;
        }, KEEPER)).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKeys()).containsExactly("catalog.owner.other"));
        as(() -> {
            local.updateProject(project, version, project(CHANGCHUN, null), changchun);
            return null;
        }, KEEPER);
        CatalogProject edited = as(() -> local.project(project, changchun), KEEPER);
        assertThat(edited.getRegionCode()).isEqualTo(CHANGCHUN);
        assertThat(edited.getBrandId()).isNull();
        as(() -> {
            local.removeProject(project, edited.getVersion(), "项目已完成", changchun);
            return null;
        }, KEEPER);
        assertThat(as(() -> local.projectHistory(project, changchun), KEEPER)).extracting(WorkflowStep::getAction)
                .containsExactly("add", "edit", "remove");
        // what changed, as a reader sees it: the region and the brand by name
        assertThat(as(() -> local.projectHistory(project, changchun), KEEPER).get(1).getComment())
                .contains("南关区", tag + "南关", " → ", "长春市").doesNotContain(NANGUAN, "品牌#");
        assertThat(as(() -> local.project(project, changchun), KEEPER).getRemovalReason()).isEqualTo("项目已完成");
    }

    @Test
    void aCityRecordsItsDevelopmentPlanWithItsOwnBrandsOnly() {
        long extra = records.brandNamed(tag + "长春", CHANGCHUN, IndustrySection.C);
        long id = as(() -> local.addPlan(plan(List.of(nanguanBrand, extra)), changchun), KEEPER);
        assertThat(as(() -> local.planBrands(id, DataScope.province()), KEEPER)).extracting(BrandName::id)
                .containsExactlyInAnyOrder(nanguanBrand, extra);
        assertThatThrownBy(() -> as(() -> local.plan(id, liaoyuan), KEEPER)).isInstanceOf(NotFoundException.class);

        assertThatThrownBy(() -> as(() -> local.addPlan(plan(List.of(liaoyuanBrand)), changchun), KEEPER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("brandIds"));
        assertThatThrownBy(() -> as(() -> local.addPlan(plan(List.of()), DataScope.province()), KEEPER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKeys()).containsExactly("catalog.plan.cityOnly"));
        assertThatThrownBy(() -> as(() -> local.addPlan(new DevelopmentPlanDetails("t", "i", LocalDate.of(2025, 1, 1), 2027, 2025, null,
                List.of()), changchun), KEEPER)).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("lastYear"));
        assertThatThrownBy(() -> as(() -> local.addPlan(new DevelopmentPlanDetails("t", "i", LocalDate.of(2999, 1, 1), 2025, 2027, null,
                List.of()), changchun), KEEPER)).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("issuedOn"));

        // its document: PDF or Word only, kept by the city
        assertThatThrownBy(() -> as(() -> local.attachPlanDocument(id, "plan.exe", "MZ not a pdf".getBytes(), changchun), KEEPER))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> as(() -> local.attachPlanDocument(id, "plan.pdf", RegistryRecords.PDF, liaoyuan), KEEPER))
                .isInstanceOf(NotFoundException.class);
        long file = as(() -> local.attachPlanDocument(id, "规划.pdf", RegistryRecords.PDF, changchun), KEEPER);
        assertThat(as(() -> local.planDocuments(id, DataScope.province()), KEEPER)).extracting(f -> f.id()).containsExactly(file);
    }

    @Test
    void theRollUpCountsEachCitysLibraryAndWhatTheProvinceTookFromIt() {
        LocalCatalogueService.CityCatalogue before = as(() -> local.city(CHANGCHUN, DataScope.province()), KEEPER);
        as(() -> catalog.add(nanguanBrand, 2025, "本市重点", changchun), KEEPER);
        as(() -> catalog.add(nanguanBrand, 2025, "全省重点", DataScope.province()), KEEPER);
        as(() -> local.addProject(project(NANGUAN, null), changchun), KEEPER);
        as(() -> local.addPlan(plan(List.of(nanguanBrand)), changchun), KEEPER);

        LocalCatalogueService.CityCatalogue after = as(() -> local.rollUp(DataScope.province()), KEEPER).stream()
                .filter(c -> c.region().getCode().equals(CHANGCHUN)).findFirst().orElseThrow();
        assertThat(after.brands()).isEqualTo(before.brands() + 1);
        assertThat(after.alsoInProvince()).isEqualTo(before.alsoInProvince() + 1);
        assertThat(after.projects()).isEqualTo(before.projects() + 1);
        assertThat(after.plans()).hasSize(before.plans().size() + 1);
        assertThat(after.latestPlan().getTitle()).isEqualTo(tag + "发展规划");
        // a city reads its own line only; another city's is not found
        assertThat(as(() -> local.rollUp(changchun), KEEPER)).extracting(c -> c.region().getCode()).containsExactly(CHANGCHUN);
        assertThatThrownBy(() -> as(() -> local.city(LIAOYUAN, changchun), KEEPER)).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> local.projects(CatalogOwner.city(CHANGCHUN), CatalogStatus.LISTED, liaoyuan,
                PageRequest.of(0, 10, Sort.by("id"))), KEEPER)).isEmpty();
    }

    private MetricReading read(String code) {
        return metrics.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().read();
    }

    @Test
    void aCityWithAPlanCountsOnceOnTheDashboardWhateverHowManyPlansItHas() {
        // 辽源 without a plan (inside this test's transaction), so its first plan moves the figure
        jdbc.update("delete from brand_development_plan where region_code = ?", LIAOYUAN);
        MetricReading before = read("catalog.citiesWithPlan");
        assertThat(before.byRegion()).doesNotContainKey(LIAOYUAN).allSatisfy((city, n) -> assertThat(n).as(city).isOne());
        assertThat(before.value()).isEqualTo(before.byRegion().size());

        as(() -> local.addPlan(plan(List.of(liaoyuanBrand)), liaoyuan), KEEPER);
        MetricReading one = read("catalog.citiesWithPlan");
        assertThat(one.value()).isEqualTo(before.value() + 1);
        assertThat(one.byRegion()).containsEntry(LIAOYUAN, 1L);
        assertThat(one.byRegion().getOrDefault(CHANGCHUN, 0L)).isEqualTo(before.byRegion().getOrDefault(CHANGCHUN, 0L));

        // a second plan of the same city: still one city with a plan
        as(() -> local.addPlan(new DevelopmentPlanDetails(tag + "第二个规划", "辽源市人力资源和社会保障局", LocalDate.of(2025, 6, 1), 2026, 2028,
                null, List.of()), liaoyuan), KEEPER);
        MetricReading two = read("catalog.citiesWithPlan");
        assertThat(two.value()).isEqualTo(one.value());
        assertThat(two.byRegion()).containsEntry(LIAOYUAN, 1L);
    }

    @Test
    void keyProjectsCountByTheirCitysCatalogueAndTheProvincesInTheTotalOnly() {
        MetricReading before = read("catalog.keyProjects");
        long city = as(() -> local.addProject(project(NANGUAN, nanguanBrand), changchun), KEEPER);
        as(() -> local.addProject(project(LIAOYUAN, null), DataScope.province()), KEEPER);

        MetricReading after = read("catalog.keyProjects");
        assertThat(after.value()).isEqualTo(before.value() + 2);
        // 长春's catalogue holds the project carried out in 南关区; the province's project in 辽源 is in the total only
        assertThat(after.byRegion().get(CHANGCHUN)).isEqualTo(before.byRegion().getOrDefault(CHANGCHUN, 0L) + 1);
        assertThat(after.byRegion().getOrDefault(LIAOYUAN, 0L)).isEqualTo(before.byRegion().getOrDefault(LIAOYUAN, 0L));
        assertThat(after.byRegion()).doesNotContainKey(NANGUAN);

        // a project taken out of its catalogue no longer counts
        long version = as(() -> local.project(city, changchun), KEEPER).getVersion();
        as(() -> {
            local.removeProject(city, version, "项目已完成", changchun);
            return null;
        }, KEEPER);
        MetricReading removed = read("catalog.keyProjects");
        assertThat(removed.value()).isEqualTo(before.value() + 1);
        assertThat(removed.byRegion().getOrDefault(CHANGCHUN, 0L)).isEqualTo(before.byRegion().getOrDefault(CHANGCHUN, 0L));
    }

    @Test
    void aBrandListedInItsCitysLibraryMovesToAnotherPrefectureOnlyOnceTheCityRemovedIt() {
        long city = as(() -> catalog.add(nanguanBrand, 2025, "本市重点", changchun), KEEPER);
        String[] editor = {"brand:view", "brand:edit"};
        // within the city the entry stays valid: 南关区 → 长春市 itself
        as(() -> {
            BrandDetails moved = movedTo(CHANGCHUN);
            brandService.update(nanguanBrand, version(), moved, DataScope.province());
            return null;
        }, editor);
        assertThatThrownBy(() -> as(() -> {
            BrandDetails moved = movedTo(LIAOYUAN);
            brandService.update(nanguanBrand, version(), moved, DataScope.province());
            return null;
        }, editor)).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKeys()).containsExactly("brand.region.listedInCityLibrary"));
        assertThat(as(() -> brandService.get(nanguanBrand, DataScope.province()), "brand:view").getRegionCode()).isEqualTo(CHANGCHUN);
        long cityVersion = as(() -> catalog.get(city, changchun), KEEPER).getVersion();
        as(() -> {
            catalog.remove(city, cityVersion, "品牌迁往辽源", changchun);
            return null;
        }, KEEPER);
        as(() -> {
            BrandDetails moved = movedTo(LIAOYUAN);
            brandService.update(nanguanBrand, version(), moved, DataScope.province());
            return null;
        }, editor);
        assertThat(as(() -> brandService.get(nanguanBrand, DataScope.province()), "brand:view").getRegionCode()).isEqualTo(LIAOYUAN);
    }

    /** The brand's version as the page would show it (this test is one transaction: the entity's, not the row's). */
    private long version() {
        return as(() -> brandService.get(nanguanBrand, DataScope.province()), "brand:view").getVersion();
    }

    private BrandDetails movedTo(String region) {
        BrandDetails d = as(() -> brandService.get(nanguanBrand, DataScope.province()), "brand:view").details();
        return new BrandDetails(d.name(), region, d.scope(), d.type(), d.industry(), d.occupations(), d.maturity(), d.workforceSize(),
                d.annualLaborIncome(), d.trainedCount(), d.certifiedCount(), d.brandLeader(), d.trademarkNumber(), d.story(), d.status());
    }
}
