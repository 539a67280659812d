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
            assertThat(after.byRegion()).containsKey("220200").hasSize(11);
        } finally {
            jdbc.update("update labor_brand set level = 'NONE', status = 'INACTIVE' where id = ?", brand);
        }
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
    void aDepartmentAndACitySeeThePlanAndTargetsButNotTheExpertPool() throws Exception {
        mvc.perform(get("/plan").with(fixtures.as("dept.education"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("二(二)1")));
        mvc.perform(get("/targets").with(fixtures.as("yanbian.officer"))).andExpect(status().isOk());
        mvc.perform(get("/experts").with(fixtures.as("yanbian.officer"))).andExpect(status().isForbidden());
    }
}
