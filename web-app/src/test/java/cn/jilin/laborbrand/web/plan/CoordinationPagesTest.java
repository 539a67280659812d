package cn.jilin.laborbrand.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.governance.task.Quarter;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.task.GovernanceFixtures;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The coordinating unit of a measure through the pages: HRSS's plan manager records it with a basis, the plan, the task
 * list and the task show it, every decision stays on the measure's page; bad or hostile input is shown again with a
 * Chinese message and records nothing; departments and cities read it but cannot record one.
 */
@PortalTest
class CoordinationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    private GovernanceFixtures governance;
    private GovernanceFixtures.Department department;
    private long task;
    private long measure;

    @BeforeEach
    void aDepartmentWithATask() {
        governance = new GovernanceFixtures(mvc, fixtures, jdbc, tasks);
        department = governance.freshDepartment();
        task = governance.freshTask(department);
        measure = jdbc.queryForObject("select measure_id from responsibility_task where id = ?", Long.class, task);
    }

    private MockHttpServletRequestBuilder decide(String user, String organisationId, String basis) {
        return post("/plan/measures/" + measure + "/coordination").with(csrf()).with(fixtures.as(user))
                .param("organisationId", organisationId).param("basis", basis);
    }

    private long decisions() {
        return jdbc.queryForObject("select count(*) from measure_coordination where measure_id = ?", Long.class, measure);
    }

    @Test
    void hrssRecordsACoordinatingUnitAndThePlanTheTaskListAndTheTaskShowIt() throws Exception {
        String id = String.valueOf(governance.id(department));
        mvc.perform(decide("hrss.director", id, "领导小组会议纪要（页面测试）"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "coordination.saved"));
        mvc.perform(get("/plan/measures/" + measure + "/coordination").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("领导小组会议纪要（页面测试）")))
                .andExpect(content().string(containsString("现行")))
                .andExpect(content().string(containsString(department.name())));
        mvc.perform(get("/plan").with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("统筹单位依据：领导小组会议纪要（页面测试）")));
        String taskPage = mvc.perform(get("/tasks/" + task).with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("role-coordinating"))).andReturn().getResponse().getContentAsString();
        assertThat(taskPage).containsPattern("统筹单位</dt>\\s*<dd class=\"col-7\"><span>" + Pattern.quote(department.name()) + "</span>");
        String measurePage = mvc.perform(get("/plan/measures/" + measure + "/coordination").with(fixtures.as("hrss.director")))
                .andReturn().getResponse().getContentAsString();
        assertThat(measurePage).containsPattern("现统筹单位</strong>：\\s*<span>" + Pattern.quote(department.name()) + "</span>");
        mvc.perform(get("/tasks").param("department", id).with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("role-coordinating")));
        // the quarterly progress for the leading group names the coordinating unit, and no lead or supporting role
        Quarter quarter = governance.lastQuarter();
        byte[] pdf = mvc.perform(get("/tasks/progress.pdf").param("year", String.valueOf(quarter.year()))
                        .param("quarter", String.valueOf(quarter.quarter())).with(fixtures.as("hrss.director")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String measureLine = jdbc.queryForObject("select code || ' ' || title from plan_measure where id = ?", String.class, measure);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains(measureLine.replaceAll("\\s+", "") + "（统筹单位）").doesNotContain("（牵头）", "（配合）");
        }
        // the department's own officer sees it too, and no form
        mvc.perform(get("/plan/measures/" + measure + "/coordination").with(fixtures.as(department.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("领导小组会议纪要（页面测试）")))
                .andExpect(content().string(not(containsString("name=\"basis\""))));

        // withdrawn: the measure is every unit's by its share again, and both decisions stay
        mvc.perform(decide("hrss.director", "", "领导小组决定不设统筹单位（页面测试）"))
                .andExpect(flash().attribute("flashSuccess", "coordination.saved"));
        mvc.perform(get("/tasks/" + task).with(fixtures.as("hrss.director")))
                .andExpect(content().string(not(containsString("role-coordinating"))));
        mvc.perform(get("/plan/measures/" + measure + "/coordination").with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("领导小组会议纪要（页面测试）")))
                .andExpect(content().string(containsString("领导小组决定不设统筹单位（页面测试）")));
    }

    @Test
    void badOrHostileInputIsShownAgainWithAChineseMessageAndRecordsNothing() throws Exception {
        long before = decisions();
        String id = String.valueOf(governance.id(department));
        mvc.perform(decide("hrss.director", id, "   ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"" + id + "\" selected")));
        mvc.perform(decide("hrss.director", id, "据".repeat(201))).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        long outsider = governance.id(governance.freshDepartment());
        mvc.perform(decide("hrss.director", String.valueOf(outsider), "<script>alert(1)</script>")).andExpect(status().isOk())
                .andExpect(content().string(containsString("统筹单位须为本措施的责任部门之一")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
        mvc.perform(decide("hrss.director", "abc", "会议纪要")).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(decide("hrss.director", "", "没有统筹单位时撤销")).andExpect(status().isOk())
                .andExpect(content().string(containsString("与现行决定相同")));
        assertThat(decisions()).isEqualTo(before);

        long chapter = jdbc.queryForObject("select id from plan_measure where code = '二'", Long.class);
        mvc.perform(get("/plan/measures/" + chapter + "/coordination").with(fixtures.as("hrss.director"))).andExpect(status().isNotFound());
        mvc.perform(get("/plan/measures/987654321/coordination").with(fixtures.as("hrss.director"))).andExpect(status().isNotFound());
        mvc.perform(post("/plan/measures/987654321/coordination").with(csrf()).with(fixtures.as("hrss.director"))
                .param("basis", "会议纪要")).andExpect(status().isNotFound());
    }

    @Test
    void departmentsAndReviewersCannotRecordADecision() throws Exception {
        long before = decisions();
        String id = String.valueOf(governance.id(department));
        mvc.perform(decide(department.officer(), id, "自己指定")).andExpect(status().isForbidden());
        mvc.perform(decide("hrss.reviewer", id, "审核人指定")).andExpect(status().isForbidden());
        assertThat(decisions()).isEqualTo(before);
    }
}
