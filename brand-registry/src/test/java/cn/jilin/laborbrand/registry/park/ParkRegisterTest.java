package cn.jilin.laborbrand.registry.park;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.LIAOYUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.NANGUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parks in the query's scope (a city its region and counties, the province all), the rules of a park's brands and
 * enterprises (of the caller's scope, never a government unit), one row of figures per park and year within the plan's
 * years, a stale page refused, and every change audited.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
@Transactional
class ParkRegisterTest {

    static final String[] MANAGER = {"park:manage", "park:view", "brand:view", "organisation:view"};

    @Autowired
    IndustrialParkService parks;
    @Autowired
    ParkFiguresService figures;
    @Autowired
    RegistryRecords records;
    @Autowired
    JdbcTemplate jdbc;

    private String tag;
    private long changchunBrand;
    private long liaoyuanBrand;
    private long changchunEnterprise;
    private long liaoyuanEnterprise;
    private DataScope changchun;

    @BeforeEach
    void brandsAndEnterprises() {
        tag = RegistryRecords.unique("园区");
        changchunBrand = records.brand(NANGUAN);
        liaoyuanBrand = records.brand(LIAOYUAN);
        changchunEnterprise = records.enterprise(CHANGCHUN);
        liaoyuanEnterprise = records.enterprise(LIAOYUAN);
        changchun = records.city(CHANGCHUN);
    }

    private static <T> T manager(Supplier<T> work) {
        return as(work, MANAGER);
    }

    private ParkDetails park(String name, String region, Set<Long> brands, Set<Long> enterprises) {
        return new ParkDetails(tag + name, region, "汽车零部件上下游集聚", brands, enterprises);
    }

    private static FiguresDetails year(int year) {
        return new FiguresDetails(year, new BigDecimal("120.5"), new BigDecimal("35000"), new BigDecimal("2500000.00"), 3, 860);
    }

    private List<Long> listed(DataScope scope) {
        return as(() -> parks.search(new ParkFilter(null, tag, null), scope, PageRequest.of(0, 20, Sort.by("id")))
                .map(s -> s.park().getId()).getContent(), "park:view");
    }

    @Test
    void aCitySeesItsRegionAndCountiesTheProvinceAllAndAnotherCityNone() {
        long nanguan = manager(() -> parks.create(park("南关", NANGUAN, Set.of(changchunBrand), Set.of(changchunEnterprise)), changchun));
        long liaoyuan = manager(() -> parks.create(park("辽源", LIAOYUAN, Set.of(liaoyuanBrand), Set.of(liaoyuanEnterprise)), DataScope.province()));
        assertThat(listed(changchun)).containsExactly(nanguan);
        assertThat(listed(records.city(LIAOYUAN))).containsExactly(liaoyuan);
        assertThat(listed(DataScope.province())).containsExactly(nanguan, liaoyuan);
        assertThat(listed(DataScope.organisation(changchunEnterprise))).isEmpty();
        assertThatThrownBy(() -> as(() -> parks.get(liaoyuan, changchun), "park:view")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> manager(() -> figures.record(liaoyuan, year(2023), changchun))).isInstanceOf(NotFoundException.class);
        ParkSummary summary = as(() -> parks.search(new ParkFilter(null, tag + "南关", null), DataScope.province(), PageRequest.of(0, 5)), "park:view")
                .getContent().get(0);
        assertThat(summary.brandCount()).isEqualTo(1);
        assertThat(summary.enterpriseCount()).isEqualTo(1);
    }

    @Test
    void brandsAndEnterprisesMustBeOfTheCallersScopeAndNoGovernmentUnit() {
        assertThatThrownBy(() -> manager(() -> parks.create(park("越权品牌", CHANGCHUN, Set.of(liaoyuanBrand), Set.of()), changchun)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("park.brands.outOfScope");
        assertThatThrownBy(() -> manager(() -> parks.create(park("未知品牌", CHANGCHUN, Set.of(-5L), Set.of()), changchun)))
                .hasMessageContaining("park.brands.outOfScope");
        assertThatThrownBy(() -> manager(() -> parks.create(park("无品牌", CHANGCHUN, Set.of(), Set.of()), changchun)))
                .hasMessageContaining("park.brands.required");
        assertThatThrownBy(() -> manager(() -> parks.create(park("越权企业", CHANGCHUN, Set.of(changchunBrand), Set.of(liaoyuanEnterprise)), changchun)))
                .hasMessageContaining("park.enterprises.outOfScope");
        assertThatThrownBy(() -> manager(() -> parks.create(park("未知企业", CHANGCHUN, Set.of(changchunBrand), Set.of(Long.MAX_VALUE)), changchun)))
                .hasMessageContaining("park.enterprises.outOfScope");
        long bureau = jdbc.queryForObject("select min(id) from organisation where kind = 'HRSS_BUREAU' and region_code = ?", Long.class, CHANGCHUN);
        assertThatThrownBy(() -> manager(() -> parks.create(park("政府机关", CHANGCHUN, Set.of(changchunBrand), Set.of(bureau)), changchun)))
                .hasMessageContaining("park.enterprises.government");
        assertThatThrownBy(() -> manager(() -> parks.create(park("外市", LIAOYUAN, Set.of(changchunBrand), Set.of()), changchun)))
                .hasMessageContaining("park.region.outOfScope");
        assertThatThrownBy(() -> manager(() -> parks.create(park("全省", "220000", Set.of(changchunBrand), Set.of()), DataScope.province())))
                .hasMessageContaining("park.region.outOfScope");
        assertThat(listed(DataScope.province())).isEmpty();
    }

    @Test
    void oneRowOfFiguresPerParkAndYearWithinThePlansYearsAndNoNegativeAmounts() {
        long id = manager(() -> parks.create(park("年度", CHANGCHUN, Set.of(changchunBrand), Set.of()), changchun));
        long row = manager(() -> figures.record(id, year(2023), changchun));
        assertThatThrownBy(() -> manager(() -> figures.record(id, year(2023), changchun))).hasMessageContaining("park.figures.yearTaken");
        assertThatThrownBy(() -> manager(() -> figures.record(id, year(2021), changchun))).hasMessageContaining("park.figures.year.range");
        int next = LocalDate.now().getYear() + 1;
        assertThatThrownBy(() -> manager(() -> figures.record(id, year(next), changchun))).hasMessageContaining("park.figures.year.range");
        assertThatThrownBy(() -> manager(() -> figures.record(id, new FiguresDetails(2024, new BigDecimal("-1"), BigDecimal.ONE,
                BigDecimal.ONE, 0, 0), changchun))).hasMessageContaining("park.figures.amount.range");
        assertThatThrownBy(() -> manager(() -> figures.record(id, new FiguresDetails(2024, BigDecimal.ONE, BigDecimal.ONE,
                new BigDecimal("1000000000000.00"), 0, 0), changchun))).hasMessageContaining("park.figures.amount.range");
        assertThatThrownBy(() -> manager(() -> figures.record(id, new FiguresDetails(2024, BigDecimal.ONE, BigDecimal.ONE,
                new BigDecimal("1.005"), 0, 0), changchun))).hasMessageContaining("park.figures.amount.scale");
        assertThatThrownBy(() -> manager(() -> figures.record(id, new FiguresDetails(2024, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, -1, 0), changchun))).hasMessageContaining("park.figures.count.range");
        long other = manager(() -> figures.record(id, year(2024), changchun));
        assertThatThrownBy(() -> manager(() -> {
            figures.update(id, other, 0, year(2023), changchun);
            return null;
        })).hasMessageContaining("park.figures.yearTaken");
        assertThat(as(() -> parks.view(id, changchun), "park:view", "brand:view").figures()).extracting(ParkFigures::getYear)
                .containsExactly(2024, 2023);
        assertThat(row).isNotEqualTo(other);
        assertThat(as(() -> parks.withoutFigures(2024, changchun, 500), "park:view")).extracting(IndustrialPark::getId).doesNotContain(id);
        assertThat(as(() -> parks.withoutFigures(2022, changchun, 500), "park:view")).extracting(IndustrialPark::getId).contains(id);
    }

    @Test
    void aStalePageIsRefusedAndEveryChangeIsAudited() {
        long id = manager(() -> parks.create(park("审计", CHANGCHUN, Set.of(changchunBrand), Set.of(changchunEnterprise)), changchun));
        manager(() -> {
            parks.update(id, 0, park("审计（更名）", NANGUAN, Set.of(changchunBrand), Set.of()), changchun);
            return null;
        });
        assertThatThrownBy(() -> manager(() -> {
            parks.update(id, 0, park("过期", CHANGCHUN, Set.of(changchunBrand), Set.of()), changchun);
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        long row = manager(() -> figures.record(id, year(2023), changchun));
        assertThatThrownBy(() -> manager(() -> {
            figures.update(id, row, 7, year(2023), changchun);
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        as(() -> parks.export(new ParkFilter(null, tag, null), changchun, Sort.by("name")), "park:view");
        List<String> actions = jdbc.queryForList("select action from audit_event where object_type = 'industrial_park' and "
                + "(object_id = ? or action = 'park.export') order by id", String.class, String.valueOf(id));
        // each change is one audit row, written with its step of the park's history
        assertThat(actions).containsSubsequence("industrial_park.create", "industrial_park.edit", "industrial_park.figures-create", "park.export")
                .doesNotContain("park.create", "park.edit", "park.figures.create");
        assertThat(as(() -> parks.get(id, changchun), "park:view").getName()).isEqualTo(tag + "审计（更名）");
        List<WorkflowStep> steps = as(() -> parks.history(id, changchun), "park:view");
        assertThat(steps).extracting(WorkflowStep::getAction).containsExactly("create", "edit", "figures-create");
        assertThat(steps.get(1).getComment()).contains("园区名称：", " → " + tag + "审计（更名）");
        assertThat(steps.get(2).getComment()).startsWith("2023 年度：").contains(" 亩", " 人");
        assertThatThrownBy(() -> as(() -> parks.history(id, records.city(LIAOYUAN)), "park:view")).isInstanceOf(NotFoundException.class);
    }
}
