package cn.jilin.laborbrand.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
 * A meeting's decisions follow the tasks they are about: a department sees the decisions about its own tasks (and the
 * resolutions of the meetings it attended), never those about another department's tasks; a meeting that neither
 * had it in the room nor decided about its tasks does not exist for it.
 */
@PortalTest
class MeetingScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    private GovernanceFixtures governance;
    /** A department that attends the meeting, one that does not, and one the meeting concerns in no way. */
    private GovernanceFixtures.Department attending;
    private GovernanceFixtures.Department absent;
    private GovernanceFixtures.Department outsider;

    @BeforeEach
    void fixtures() {
        governance = new GovernanceFixtures(mvc, fixtures, jdbc, tasks);
        attending = governance.freshDepartment();
        absent = governance.freshDepartment();
        outsider = governance.freshDepartment();
    }

    private long record(String title, String... departments) throws Exception {
        var request = post("/plan/meetings").with(csrf()).with(fixtures.as("hrss.director")).param("heldOn", "2026-02-10")
                .param("title", title).param("chair", "孙建国").param("minutes", "研究任务调整。").param("version", "0");
        for (String department : departments) {
            request.param("attendees", String.valueOf(fixtures.organisationId(department)));
        }
        String location = mvc.perform(request).andExpect(flash().attribute("flashSuccess", "meeting.recorded")).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void decide(long meeting, String kind, String content, Long task) throws Exception {
        var request = post("/plan/meetings/" + meeting + "/decisions").with(csrf()).with(fixtures.as("hrss.director"))
                .param("kind", kind).param("content", content).param("deadline", "2027-06-30");
        if (task != null) {
            request.param("taskIds", String.valueOf(task));
        }
        mvc.perform(request).andExpect(flash().attribute("flashSuccess", "meeting.decision.recorded." + kind));
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aDepartmentOfficerSeesOnlyTheDecisionsAboutItsOwnTasks() throws Exception {
        long attendingTask = governance.freshTask(attending);
        long absentTask = governance.freshTask(absent);
        long meeting = record("范围测试会议", attending.name(), outsider.name());
        decide(meeting, "RESOLUTION", "各部门按季度报送进展（范围测试）。", null);
        decide(meeting, "AMEND_TASKS", "甲部门任务延期（范围测试）。", attendingTask);
        decide(meeting, "AMEND_TASKS", "乙部门任务延期（范围测试）。", absentTask);

        assertThat(page(attending.officer(), "/plan/meetings/" + meeting))
                .contains("各部门按季度报送进展（范围测试）。", "甲部门任务延期（范围测试）。").doesNotContain("乙部门任务延期（范围测试）。");
        // the absent department sees the meeting only for the decision about its task
        assertThat(page(absent.officer(), "/plan/meetings/" + meeting))
                .contains("乙部门任务延期（范围测试）。").doesNotContain("甲部门任务延期（范围测试）。", "各部门按季度报送进展（范围测试）。");
        // a city follows the meeting's resolutions; the decisions about departments' tasks are not its
        assertThat(page("changchun.officer", "/plan/meetings/" + meeting))
                .contains("各部门按季度报送进展（范围测试）。").doesNotContain("甲部门任务延期（范围测试）。", "乙部门任务延期（范围测试）。");
        // HRSS sees them all
        assertThat(page("hrss.reviewer", "/plan/meetings/" + meeting))
                .contains("各部门按季度报送进展（范围测试）。", "甲部门任务延期（范围测试）。", "乙部门任务延期（范围测试）。");
        // and on the task's own page, each department sees the decisions about its task only
        assertThat(page(attending.officer(), "/tasks/" + attendingTask)).contains("甲部门任务延期（范围测试）。");
        mvc.perform(get("/tasks/" + absentTask).with(fixtures.as(attending.officer()))).andExpect(status().isNotFound());
    }

    @Test
    void aMeetingThatNeitherHadTheDepartmentInTheRoomNorDecidedAboutItsTasksIsNotFound() throws Exception {
        long meeting = record("专题会（范围测试）", outsider.name());
        decide(meeting, "RESOLUTION", "牵头推进（范围测试）。", null);

        mvc.perform(get("/plan/meetings/" + meeting).with(fixtures.as(attending.officer()))).andExpect(status().isNotFound());
        assertThat(page(attending.officer(), "/plan/meetings?size=100")).doesNotContain("专题会（范围测试）");
        assertThat(page("hrss.reviewer", "/plan/meetings?size=100")).contains("专题会（范围测试）");
    }
}
