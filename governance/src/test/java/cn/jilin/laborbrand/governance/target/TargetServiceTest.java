package cn.jilin.laborbrand.governance.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.governance.Actors;
import cn.jilin.laborbrand.governance.GovernanceTestApplication;
import cn.jilin.laborbrand.governance.GovernanceTestData;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.CityBand;
import cn.jilin.laborbrand.platform.region.CityBand.Standing;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The plan's targets read through the {@link PlanMetric} beans by code: here only two metrics run (no domain module
 * does), so their targets are measured and every other numeric target is "not yet measured", never zero. The per-city
 * target counts the 市（州） within the band of its row; 长白山管委会 and 梅河口市 are shown beside and not counted.
 * Qualitative targets count the tasks of their measures; year-end values are kept once per target and year.
 */
@SpringBootTest(classes = {GovernanceTestApplication.class, TargetServiceTest.NationalBrands.class})
class TargetServiceTest {

    /** Years no other test and no real snapshot uses. */
    private static final int RECORDED = 2022;
    private static final int SNAPSHOT = 2031;

    /** Designated bases by prefecture-level unit, as this test sets them (base.perCity's breakdown). */
    static final Map<String, Long> BASES = new ConcurrentHashMap<>();

    @TestConfiguration
    static class NationalBrands {
        @Bean
        PlanMetric nationalBrands() {
            return PlanMetric.of("brand.national", () -> new MetricReading(4, Map.of("220100", 3L, "222400", 1L)));
        }

        @Bean
        PlanMetric basesPerCity() {
            return PlanMetric.of("base.perCity", () -> new MetricReading(BASES.size(), BASES));
        }
    }

    @Autowired
    TargetService targets;
    @Autowired
    GovernanceTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheSnapshots() {
        BASES.clear();
        jdbc.update("delete from target_snapshot_region where snapshot_id in (select id from target_snapshot where year in (?, ?))", RECORDED, SNAPSHOT);
        jdbc.update("delete from target_snapshot where year in (?, ?)", RECORDED, SNAPSHOT);
    }

    private TargetReading reading(String code) {
        return Actors.hrss(() -> targets.readings()).stream().filter(r -> r.target().getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aTargetIsMeasuredByTheMetricOfItsCodeAndOtherwiseNotYetMeasured() {
        TargetReading national = reading("BRANDS_NATIONAL");
        assertThat(national.value()).isEqualTo(4);
        assertThat(national.aim()).isEqualTo(5);
        assertThat(national.percent()).isEqualTo(80);
        assertThat(national.byRegion()).containsEntry("220100", 3L).containsEntry("222400", 1L).containsEntry("220200", 0L).hasSize(11);
        TargetReading provincial = reading("BRANDS_PROVINCIAL");
        assertThat(provincial.isMeasured()).isFalse();
        assertThat(provincial.value()).isNull();
        assertThat(provincial.percent()).isNull();
        assertThat(Actors.hrss(() -> targets.availableMetrics())).containsExactlyInAnyOrder("brand.national", "base.perCity");
    }

    @Test
    void aQualitativeTargetCountsTheTasksOfItsMeasures() {
        TargetReading before = reading("BRAND_LEADERS");
        data.task(data.freshDepartment(), "二(二)1");
        TargetReading after = reading("BRAND_LEADERS");
        assertThat(after.tasks().get("ALL")).isEqualTo(before.tasks().get("ALL") + 1);
        assertThat(after.tasks().get("NOT_STARTED")).isEqualTo(before.tasks().get("NOT_STARTED") + 1);
        assertThat(after.aim()).isEqualTo(after.tasks().get("ALL").intValue());
        // a task on a measure the target does not name leaves it as it was
        data.task(data.freshDepartment(), "二(三)1");
        assertThat(reading("BRAND_LEADERS").tasks()).isEqualTo(after.tasks());
    }

    @Test
    void thePerCityTargetAimsAtTheNineCitiesAndCountsOnlyThoseWithinTheBand() {
        BASES.put("220100", 1L);
        BASES.put("220200", 2L);
        BASES.put("220300", 3L);
        BASES.put("22X001", 2L);
        BASES.put("220581", 1L);
        TargetReading perCity = reading("BASES_PER_CITY");
        assertThat(perCity.aim()).isEqualTo(9);
        assertThat(perCity.value()).isEqualTo(2);
        assertThat(perCity.isReached()).isFalse();
        // every prefecture-level unit is shown, the two peers beside the cities
        assertThat(perCity.byRegion()).hasSize(11).containsEntry("22X001", 2L).containsEntry("220400", 0L);
        assertThat(perCity.standings()).containsEntry("220100", Standing.WITHIN).containsEntry("220200", Standing.WITHIN)
                .containsEntry("220300", Standing.ABOVE).containsEntry("220400", Standing.BELOW)
                .containsEntry("22X001", Standing.BESIDE).containsEntry("220581", Standing.BESIDE).hasSize(11);
        assertThat(perCity.citiesAbove()).isEqualTo(1);
        assertThat(perCity.citiesBelow()).isEqualTo(6);
        assertThat(perCity.beside()).containsExactly("22X001", "220581");
        assertThat(reading("BRANDS_NATIONAL").standings()).isEmpty();
    }

    @Test
    void thePerCityTargetIsReachedWhenEveryCityIsWithinTheBandWhateverThePeersHold() {
        List.of("220100", "220200", "220300", "220400", "220500", "220600", "220700", "220800", "222400").forEach(c -> BASES.put(c, 1L));
        assertThat(reading("BASES_PER_CITY").isReached()).isTrue();
        BASES.put("222400", 3L);
        BASES.put("22X001", 0L);
        TargetReading oneAbove = reading("BASES_PER_CITY");
        assertThat(oneAbove.value()).isEqualTo(8);
        assertThat(oneAbove.isReached()).isFalse();
    }

    @Test
    void theBandIsReadFromTheTargetRow() {
        BASES.put("220300", 3L);
        assertThat(reading("BASES_PER_CITY").standings()).containsEntry("220300", Standing.ABOVE);
        assertThat(targets.band("BASES_PER_CITY")).contains(new CityBand(1, 2));
        jdbc.update("update plan_target set region_max = 3 where code = 'BASES_PER_CITY'");
        try {
            assertThat(targets.band("BASES_PER_CITY")).contains(new CityBand(1, 3));
            TargetReading wider = reading("BASES_PER_CITY");
            assertThat(wider.standings()).containsEntry("220300", Standing.WITHIN);
            assertThat(wider.value()).isEqualTo(1);
        } finally {
            jdbc.update("update plan_target set region_max = 2 where code = 'BASES_PER_CITY'");
        }
        assertThat(targets.band("BRANDS_NATIONAL")).isEmpty();
        assertThat(targets.band("NO_SUCH_TARGET")).isEmpty();
    }

    @Test
    void aYearEndBreakdownMayNameEveryPrefectureLevelUnitThePeersIncluded() {
        long id = Actors.hrss(() -> targets.recordYearEnd("BASES_PER_CITY", RECORDED, 1, Map.of("220100", 1L, "22X001", 1L, "220581", 2L)));
        assertThat(jdbc.queryForObject("select count(*) from target_snapshot_region where snapshot_id = ?", Long.class, id)).isEqualTo(3);
    }

    @Test
    void theYearEndSnapshotKeepsEveryMeasuredTargetOnce() {
        assertThat(SystemActor.call(() -> targets.snapshot(SNAPSHOT), "task:manage", "plan:view")).isEqualTo(2);
        assertThat(SystemActor.call(() -> targets.snapshot(SNAPSHOT), "task:manage", "plan:view")).isZero();
        assertThat(reading("BRANDS_NATIONAL").history()).singleElement().satisfies(h -> {
            assertThat(h.year()).isEqualTo(SNAPSHOT);
            assertThat(h.value()).isEqualTo(4);
            assertThat(h.demo()).isFalse();
        });
        assertThat(reading("BRANDS_PROVINCIAL").history()).isEmpty();
    }

    @Test
    void aYearEndValueFromTheStatisticsIsRecordedOnceForAnEndedYearOfThePlan() {
        long id = Actors.hrss(() -> targets.recordYearEnd("BASES_PER_CITY", RECORDED, 2, Map.of("220100", 1L, "220200", 1L)));
        assertThat(jdbc.queryForObject("select count(*) from target_snapshot_region where snapshot_id = ?", Long.class, id)).isEqualTo(2);
        assertThat(reading("BASES_PER_CITY").history()).extracting(TargetReading.YearValue::year).containsExactly(RECORDED);
        assertThat(Actors.hrss(() -> targets.yearEndsRecorded())).containsEntry("BASES_PER_CITY", Set.of(RECORDED))
                .doesNotContainKey("BRANDS_PROVINCIAL");

        List<Runnable> refused = List.of(
                () -> targets.recordYearEnd("BASES_PER_CITY", RECORDED, 3, Map.of()),
                () -> targets.recordYearEnd("BRANDS_PROVINCIAL", data.today().getYear(), 3, Map.of()),
                () -> targets.recordYearEnd("BRANDS_PROVINCIAL", 2021, 3, Map.of()),
                () -> targets.recordYearEnd("BRANDS_PROVINCIAL", RECORDED, -1, Map.of()),
                () -> targets.recordYearEnd("BRANDS_PROVINCIAL", RECORDED, 3, Map.of("220102", 3L)),
                () -> targets.recordYearEnd("BRAND_LEADERS", RECORDED, 3, Map.of()),
                () -> targets.recordYearEnd("NO_SUCH_TARGET", RECORDED, 3, Map.of()));
        for (Runnable attempt : refused) {
            assertThatThrownBy(() -> Actors.hrss(attempt)).isInstanceOf(RuleViolation.class);
        }
        assertThatThrownBy(() -> SystemActor.call(() -> targets.recordYearEnd("BRANDS_PROVINCIAL", RECORDED, 3, Map.of()), "plan:view"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from target_snapshot where year = ?", Long.class, RECORDED)).isEqualTo(1);
    }
}
