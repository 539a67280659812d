package cn.jilin.laborbrand.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.task.GovernanceFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Leading-group meetings: recorded by HRSS, read by all who follow the plan; a decision can create or amend tasks. The
 * meetings, departments and tasks are the test's own.
 */
@PortalTest
class MeetingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    private GovernanceFixtures governance;
    /** A department that attends, and one the decisions are about. */
    private GovernanceFixtures.Department attending;
    private GovernanceFixtures.Department decided;

    @BeforeEach
    void departments() {
        governance = new GovernanceFixtures(mvc, fixtures, jdbc, tasks);
        attending = governance.freshDepartment();
        decided = governance.freshDepartment();
    }

    private long record(String title) throws Exception {
        String location = mvc.perform(post("/plan/meetings").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("heldOn", "2026-01-20").param("title", title).param("chair", "孙建国").param("minutes", "研究季度工作。")
                        .param("attendees", String.valueOf(governance.id(attending)))
                        .param("attendees", String.valueOf(governance.id(decided))).param("version", "0"))
                .andExpect(flash().attribute("flashSuccess", "meeting.recorded")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long firstMeasure() {
        return jdbc.queryForObject("select id from plan_measure where level = 'MEASURE' order by sort_order limit 1", Long.class);
    }

    @Test
    void hrssRecordsAMeetingAndItsDecisionsCreateAndAmendTasks() throws Exception {
        long meeting = record("专题会议（测试）");
        long department = governance.id(decided);
        long measure = firstMeasure();
        mvc.perform(post("/plan/meetings/" + meeting + "/decisions").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("kind", "CREATE_TASK").param("content", "新部门配合推进。").param("measureId", String.valueOf(measure))
                        .param("organisationId", String.valueOf(department)).param("deadline", "2026-12-31"))
                .andExpect(flash().attribute("flashSuccess", "meeting.decision.recorded.CREATE_TASK"));
        long created = jdbc.queryForObject("select id from responsibility_task where measure_id = ? and organisation_id = ?", Long.class, measure, department);
        assertThat(jdbc.queryForObject("select decision_id is not null from responsibility_task where id = ?", Boolean.class, created)).isTrue();

        mvc.perform(post("/plan/meetings/" + meeting + "/decisions").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("kind", "AMEND_TASKS").param("content", "延长至2027年底。").param("taskIds", String.valueOf(created))
                        .param("deadline", "2027-12-31"))
                .andExpect(flash().attribute("flashSuccess", "meeting.decision.recorded.AMEND_TASKS"));
        assertThat(jdbc.queryForObject("select deadline::text from responsibility_task where id = ?", String.class, created)).isEqualTo("2027-12-31");
        // the other attending department was in the room, but the decision is about another's task: not its to see
        // (MeetingScopeTest has the whole rule)
        mvc.perform(get("/plan/meetings/" + meeting).with(fixtures.as(attending.officer())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("延长至2027年底。"))));
        mvc.perform(get("/plan/meetings/" + meeting).with(fixtures.as(decided.officer())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("延长至2027年底。")));
        mvc.perform(get("/tasks/" + created).with(fixtures.as("hrss.reviewer"))).andExpect(content().string(containsString("延长至2027年底。")));
    }

    @Test
    void aRefusedDecisionIsShownAgainAndStoresNothing() throws Exception {
        long meeting = record("专题会议（校验）");
        long task = governance.freshTask(decided);
        long carried = jdbc.queryForObject("select measure_id from responsibility_task where id = ?", Long.class, task);
        long decisions = jdbc.queryForObject("select count(*) from meeting_decision where meeting_id = ?", Long.class, meeting);
        mvc.perform(post("/plan/meetings/" + meeting + "/decisions").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("kind", "CREATE_TASK").param("content", "重复的任务").param("measureId", String.valueOf(carried))
                        .param("organisationId", String.valueOf(governance.id(decided))).param("deadline", "2026-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该部门已承担此项措施的任务")))
                .andExpect(content().string(containsString("重复的任务")));
        mvc.perform(post("/plan/meetings/" + meeting + "/decisions").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("kind", "AMEND_TASKS").param("content", "没有选任务").param("deadline", "2026-12-31"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择要调整的任务")));
        assertThat(jdbc.queryForObject("select count(*) from meeting_decision where meeting_id = ?", Long.class, meeting)).isEqualTo(decisions);
        mvc.perform(post("/plan/meetings").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("heldOn", "2099-01-01").param("title", "未来的会议").param("chair", "").param("minutes", "").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("未来的会议")));
        assertThat(jdbc.queryForObject("select count(*) from work_meeting where title = '未来的会议'", Long.class)).isZero();
    }

    @Test
    void departmentsAndCitiesReadMeetingsButOnlyHrssRecordsThem() throws Exception {
        long meeting = record("全体会议（阅读测试）");
        mvc.perform(get("/plan/meetings?size=100").with(fixtures.as("changchun.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/plan/meetings/" + meeting + "\"")));
        mvc.perform(get("/plan/meetings/" + meeting).with(fixtures.as("changchun.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("全体会议（阅读测试）")));
        mvc.perform(get("/plan/meetings/" + meeting).with(fixtures.as(attending.officer()))).andExpect(status().isOk());
        mvc.perform(get("/plan/meetings/new").with(fixtures.as(attending.officer()))).andExpect(status().isForbidden());
        mvc.perform(post("/plan/meetings").with(csrf()).with(fixtures.as("hrss.reviewer")).param("title", "x")).andExpect(status().isForbidden());
    }
}
