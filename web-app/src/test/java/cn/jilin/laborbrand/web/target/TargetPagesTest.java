package cn.jilin.laborbrand.web.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.governance.target.TargetReading;
import cn.jilin.laborbrand.governance.target.TargetService;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.CityBand.Standing;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The targets read live through the PlanMetric beans, looked up by code: a target whose metric no module provides shows
 * "not yet measured", never zero; a designated brand moves its figure at once; year-end snapshots are kept once.
 */
@PortalTest
class TargetPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.context.MessageSource messages;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetService targets;
    @Autowired
    List<PlanMetric> metrics;

    /** A year no real snapshot uses. */
    private static final int SNAPSHOT_YEAR = 2030;

    private List<TargetReading> readings() {
        return SystemActor.call(targets::readings, "plan:view", "task:view");
    }

    @Test
    void eachTargetIsMeasuredByItsMetricOrShownAsNotYetMeasured() throws Exception {
        Map<String, PlanMetric> byCode = metrics.stream().collect(Collectors.toMap(PlanMetric::code, m -> m, (a, b) -> a));
        for (TargetReading r : readings()) {
            String metric = r.target().getMetricCode();
            if (metric == null) {
                continue;
            }
            if (byCode.containsKey(metric)) {
                assertThat(r.isMeasured()).as(r.target().getCode()).isTrue();
                if (r.target().getKind().name().equals("COUNT")) {
                    assertThat(r.value()).as(r.target().getCode()).isEqualTo(byCode.get(metric).read().value());
                }
            } else {
                assertThat(r.value()).as(r.target().getCode() + " without its metric").isNull();
                assertThat(r.percent()).isNull();
            }
        }
        String page = page("changchun.officer");
        assertThat(page).contains("国家级劳务品牌", "创建国家级品牌5个以上", "品牌带头人");
        boolean anyMissing = readings().stream().anyMatch(r -> r.target().getMetricCode() != null && !r.isMeasured());
        assertThat(page.contains("尚未统计")).isEqualTo(anyMissing);
        mvc.perform(get("/targets/chart").with(fixtures.as("dept.finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[?(@.code == 'BRANDS_NATIONAL')].aim").value(5));
    }

    @Test
    void everyTargetOfTheTableIsNamedInBothLanguages() throws Exception {
        for (TargetReading r : readings()) {
            String code = r.target().getCode();
            assertThat(messages.getMessage("target.name." + code, null, null, java.util.Locale.SIMPLIFIED_CHINESE)).as(code).isNotBlank();
            assertThat(messages.getMessage("target.name." + code, null, null, java.util.Locale.ENGLISH)).as(code).isNotBlank();
        }
        assertThat(page("hrss.director")).doesNotContain("??target.");
    }

    @Test
    void aNationalBrandCountsAtOnceAndTheRegionsBreakdownFollowsIt() {
        long national = reading("BRANDS_NATIONAL").value();
        long brand = fixtures.brand("目标测试品牌", "220281");
        try {
            jdbc.update("update labor_brand set level = 'NATIONAL' where id = ?", brand);
            TargetReading after = reading("BRANDS_NATIONAL");
            assertThat(after.value()).isEqualTo(national + 1);
            // the breakdown has every prefecture-level unit, 长白山管委会 and 梅河口市 included
            assertThat(after.byRegion()).containsKey("220200").containsKey("22X001").hasSize(11);
        } finally {
            jdbc.update("update labor_brand set level = 'NONE', status = 'INACTIVE' where id = ?", brand);
        }
    }

    @Test
    void thePerCityTargetAimsAtTheNineCitiesAndThePageShowsEachUnitAgainstTheBandOfItsRow() throws Exception {
        TargetReading perCity = reading("BASES_PER_CITY");
        assertThat(perCity.aim()).isEqualTo(9);
        assertThat(perCity.byRegion()).hasSize(11);
        assertThat(perCity.standings()).containsEntry("22X001", Standing.BESIDE).containsEntry("220581", Standing.BESIDE).hasSize(11);
        perCity.byRegion().forEach((code, value) -> {
            if (!perCity.beside().contains(code)) {
                assertThat(perCity.standings().get(code)).as(code).isEqualTo(value < 1 ? Standing.BELOW : value > 2 ? Standing.ABOVE : Standing.WITHIN);
            }
        });
        assertThat(perCity.value()).isEqualTo(perCity.standings().values().stream().filter(Standing::isMet).count());
        String page = page("hrss.director");
        assertThat(page).contains("/ 9 个市（州）", "长白山管委会、梅河口市与各市（州）并列列出，不计入“每个市（州）”的目标。")
                .containsPattern("数据统计于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}，每 1 分钟重新统计一次");
        assertThat(shownStandings(page)).isEqualTo(names(perCity.standings()));

        // the band is the target row's: with 0-0, every city without a base is within and every city with one above it
        jdbc.update("update plan_target set region_min = 0, region_max = 0 where code = 'BASES_PER_CITY'");
        try {
            TargetReading none = reading("BASES_PER_CITY");
            none.byRegion().forEach((code, value) -> assertThat(none.standings().get(code)).as(code)
                    .isEqualTo(none.beside().contains(code) ? Standing.BESIDE : value == 0 ? Standing.WITHIN : Standing.ABOVE));
            assertThat(none.value()).isEqualTo(none.byRegion().entrySet().stream().filter(e -> !none.beside().contains(e.getKey()) && e.getValue() == 0).count());
            String zero = page("hrss.director");
            assertThat(shownStandings(zero)).isEqualTo(names(none.standings()));
            assertThat(zero).contains("每个市（州）建立 0-0 个");
            if (none.citiesAbove() > 0) {
                assertThat(zero).contains("超出0-0个区间");
            }
        } finally {
            jdbc.update("update plan_target set region_min = 1, region_max = 2 where code = 'BASES_PER_CITY'");
        }
        mvc.perform(get("/targets/chart").with(fixtures.as("hrss.director"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[?(@.code == 'BASES_PER_CITY')].aim").value(9))
                .andExpect(jsonPath("$.targets[?(@.code == 'BASES_PER_CITY')].regionStandings[9]").value("BESIDE"));
    }

    /** The standing each row of the per-city breakdown shows, by region code. */
    private static Map<String, String> shownStandings(String page) {
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("data-region=\"([0-9X]+)\" data-standing=\"(\\w+)\"").matcher(page);
        while (row.find()) {
            shown.put(row.group(1), row.group(2));
        }
        return shown;
    }

    private static Map<String, String> names(Map<String, Standing> standings) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        standings.forEach((code, standing) -> names.put(code, standing.name()));
        return names;
    }

    @Test
    void theYearEndSnapshotIsKeptOnceForEveryMeasuredTarget() throws Exception {
        int written = SystemActor.call(() -> targets.snapshot(SNAPSHOT_YEAR), "task:manage", "plan:view");
        long measured = readings().stream().filter(r -> r.isMeasured() && r.target().getMetricCode() != null).count();
        assertThat(written).isEqualTo(measured).isPositive();
        assertThat(SystemActor.call(() -> targets.snapshot(SNAPSHOT_YEAR), "task:manage", "plan:view")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from target_snapshot where year = ? and not demo", Long.class, SNAPSHOT_YEAR)).isEqualTo(measured);
        TargetReading national = reading("BRANDS_NATIONAL");
        assertThat(national.history()).filteredOn(h -> h.year() == SNAPSHOT_YEAR).singleElement()
                .satisfies(h -> assertThat(h.value()).isEqualTo(national.value()));
        // the page shows the year's value beside the live one
        assertThat(page("hrss.director")).contains(SNAPSHOT_YEAR + "：" + national.value());
    }

    @AfterEach
    void forgetTheSnapshotYear() {
        jdbc.update("delete from target_snapshot_region where snapshot_id in (select id from target_snapshot where year = ?)", SNAPSHOT_YEAR);
        jdbc.update("delete from target_snapshot where year = ?", SNAPSHOT_YEAR);
    }

    private TargetReading reading(String code) {
        return readings().stream().filter(r -> r.target().getCode().equals(code)).findFirst().orElseThrow();
    }

    private String page(String user) throws Exception {
        return mvc.perform(get("/targets").with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theLocalCataloguesAreWatchedByPrefectureUnderTheirMeasures() throws Exception {
        TargetReading plans = reading("CATALOG_CITY_PLANS");
        TargetReading projects = reading("CATALOG_KEY_PROJECTS");
        assertThat(plans.isMeasured()).isTrue();
        assertThat(projects.isMeasured()).isTrue();
        // one for each prefecture-level unit with a plan; the province's key projects in the total only
        assertThat(plans.byRegion().values()).allSatisfy(n -> assertThat(n).isBetween(0L, 1L));
        assertThat(plans.value()).isEqualTo(plans.byRegion().values().stream().mapToLong(Long::longValue).sum());
        assertThat(projects.value()).isGreaterThanOrEqualTo(projects.byRegion().values().stream().mapToLong(Long::longValue).sum());
        assertThat(page("hrss.director")).contains("已制定劳务品牌发展规划的市（州）（二(一)1）", "资源库中的劳务品牌建设重点项目（二(一)3）");
    }

    @Test
    void aDepartmentAndACitySeeThePlanAndTargetsButNotTheExpertPool() throws Exception {
        mvc.perform(get("/plan").with(fixtures.as("dept.education"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("二(二)1")));
        mvc.perform(get("/targets").with(fixtures.as("yanbian.officer"))).andExpect(status().isOk());
        mvc.perform(get("/experts").with(fixtures.as("yanbian.officer"))).andExpect(status().isForbidden());
    }
}
