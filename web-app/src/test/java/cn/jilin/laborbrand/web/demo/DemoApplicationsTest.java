package cn.jilin.laborbrand.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.web.PortalTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shape of the demo's applications: one in every stage of the workflow, and the national one recommended to the
 * ministry, waiting for its decision, its brand still at the level it had. Reads only records marked as demo data.
 */
@PortalTest
class DemoApplicationsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoShowsEveryStageAndANationalApplicationAwaitingTheMinistry() {
        assertThat(jdbc.queryForList("select distinct state from brand_application where demo", String.class))
                .contains("DRAFT", "SUBMITTED", "RECOMMENDED", "EXPERT_REVIEW", "RETURNED", "PUBLIC_NOTICE", "MINISTRY_REVIEW");
        List<Map<String, Object>> national = jdbc.queryForList("""
                select a.state, a.ministry_recommended_at is not null as recommended, a.notice_end < current_date as notice_over,
                       b.level, (select count(*) from review_assignment r where r.subject_type = 'brand_application' and r.subject_id = a.id
                                 and r.scored_at is not null) as scored
                from brand_application a join labor_brand b on b.id = a.brand_id where a.demo and a.target_level = 'NATIONAL'""");
        assertThat(national).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("state", "MINISTRY_REVIEW").containsEntry("recommended", true).containsEntry("notice_over", true);
            assertThat(row.get("level")).isNotEqualTo("NATIONAL");
            assertThat(((Number) row.get("scored")).intValue()).isGreaterThanOrEqualTo(3);
        });
    }
}
