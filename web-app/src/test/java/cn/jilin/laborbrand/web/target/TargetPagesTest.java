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
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetService targets;
    @Autowired
    List<PlanMetric> metrics;

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
        String page = mvc.perform(get("/targets").with(fixtures.as("changchun.officer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("国家级劳务品牌", "创建国家级品牌5个以上", "品牌带头人");
        boolean anyMissing = readings().stream().anyMatch(r -> r.target().getMetricCode() != null && !r.isMeasured());
        assertThat(page.contains("尚未统计")).isEqualTo(anyMissing);
        mvc.perform(get("/targets/chart").with(fixtures.as("dept.finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[?(@.code == 'BRANDS_NATIONAL')].aim").value(5));
    }

    @Test
    void aNationalBrandCountsAtOnceAndTheRegionsBreakdownFollowsIt() {
        long national = readings().stream().filter(r -> r.target().getCode().equals("BRANDS_NATIONAL")).findFirst().orElseThrow().value();
        long brand = fixtures.brand("目标测试品牌", "220281");
        jdbc.update("update labor_brand set level = 'NATIONAL' where id = ?", brand);
        TargetReading after = readings().stream().filter(r -> r.target().getCode().equals("BRANDS_NATIONAL")).findFirst().orElseThrow();
        assertThat(after.value()).isEqualTo(national + 1);
        assertThat(after.byRegion()).containsKey("220200").hasSize(11);
        jdbc.update("update labor_brand set level = 'NONE', status = 'INACTIVE' where id = ?", brand);
    }

    @Test
    void theYearEndSnapshotIsKeptOnceForEveryMeasuredTarget() {
        int written = SystemActor.call(() -> targets.snapshot(2030), "task:manage", "plan:view");
        long measured = readings().stream().filter(r -> r.isMeasured() && r.target().getMetricCode() != null).count();
        assertThat(written).isEqualTo(measured).isPositive();
        assertThat(SystemActor.call(() -> targets.snapshot(2030), "task:manage", "plan:view")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from target_snapshot where year = 2030 and not demo", Long.class)).isEqualTo(measured);
        assertThat(readings().stream().filter(r -> r.target().getCode().equals("BRANDS_NATIONAL")).findFirst().orElseThrow().history())
                .anySatisfy(h -> assertThat(h.year()).isEqualTo(2030))
                .anySatisfy(h -> assertThat(h.demo()).isTrue());
        jdbc.update("delete from target_snapshot where year = 2030");
    }

    @Test
    void aDepartmentAndACitySeeThePlanAndTargetsButNotTheExpertPool() throws Exception {
        mvc.perform(get("/plan").with(fixtures.as("dept.education"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("二(二)1")));
        mvc.perform(get("/targets").with(fixtures.as("yanbian.officer"))).andExpect(status().isOk());
        mvc.perform(get("/experts").with(fixtures.as("yanbian.officer"))).andExpect(status().isForbidden());
    }
}
