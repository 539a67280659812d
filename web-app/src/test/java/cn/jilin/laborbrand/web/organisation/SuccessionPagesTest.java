package cn.jilin.laborbrand.web.organisation;

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
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A reorganised department through the pages: HRSS records that another department succeeds it; its officer's account
 * and its task move to the successor, the old name stays searchable and links to the successor; bad or hostile input
 * is shown again and changes nothing; a city or a department cannot record a succession.
 */
@PortalTest
class SuccessionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    private GovernanceFixtures governance;
    private GovernanceFixtures.Department old;
    private GovernanceFixtures.Department successor;
    private long task;

    @BeforeEach
    void aDepartmentWithAnOfficerAndATask() {
        governance = new GovernanceFixtures(mvc, fixtures, jdbc, tasks);
        old = governance.freshDepartment();
        successor = governance.freshDepartment();
        task = governance.freshTask(old);
    }

    private MockHttpServletRequestBuilder succeed(String user, String successorId, String on, String document) {
        return post("/organisations/" + governance.id(old) + "/succession").with(csrf()).with(fixtures.as(user))
                .param("successorId", successorId).param("succeededOn", on).param("document", document);
    }

    private Long succeededBy() {
        return jdbc.queryForObject("select succeeded_by from organisation where id = ?", Long.class, governance.id(old));
    }

    @Test
    void hrssRecordsASuccessionAndAccountsTasksAndNamesFollow() throws Exception {
        long successorId = governance.id(successor);
        mvc.perform(get("/organisations/" + governance.id(old)).with(fixtures.as("hrss.director")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("记录机构承继")));
        mvc.perform(succeed("hrss.director", String.valueOf(successorId), "2023-05-18", "吉机改〔2023〕1号"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "organisation.succession.saved"));

        assertThat(succeededBy()).isEqualTo(successorId);
        assertThat(jdbc.queryForObject("select organisation_id from account where username = ?", Long.class, old.officer())).isEqualTo(successorId);
        assertThat(jdbc.queryForObject("select organisation_id from responsibility_task where id = ?", Long.class, task)).isEqualTo(successorId);
        // the old name is still found, marked and linked to the successor, with no form any more
        mvc.perform(get("/organisations").param("q", old.name()).with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString(old.name()))).andExpect(content().string(containsString("已承继")));
        mvc.perform(get("/organisations/" + governance.id(old)).with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("吉机改〔2023〕1号")))
                .andExpect(content().string(containsString("/organisations/" + successorId)))
                .andExpect(content().string(not(containsString("记录机构承继"))));
        mvc.perform(get("/organisations/" + successorId).with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("本单位承继自")));
        // the officer, now of the successor, reaches the task
        mvc.perform(get("/tasks/" + task).with(fixtures.as(old.officer()))).andExpect(status().isOk());
        // the task list's department filter offers the successor, not the old body
        mvc.perform(get("/tasks").with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString(successor.name()))).andExpect(content().string(not(containsString(">" + old.name() + "<"))));
    }

    @Test
    void aBodyTheReorganisationFormedIsNamedInTheFormAndMade() throws Exception {
        String name = "新组建测试局" + Fixtures.uniqueUsername("n").replace('.', '-');
        mvc.perform(post("/organisations/" + governance.id(old) + "/succession").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("successorId", "").param("successorName", name).param("succeededOn", "2023-07-20").param("document", "吉机改〔2023〕2号"))
                .andExpect(flash().attribute("flashSuccess", "organisation.succession.saved"));
        long made = fixtures.organisationId(name);
        assertThat(succeededBy()).isEqualTo(made);
        assertThat(jdbc.queryForObject("select organisation_id from account where username = ?", Long.class, old.officer())).isEqualTo(made);
        // neither an existing successor nor a name: shown again with the message
        GovernanceFixtures.Department another = governance.freshDepartment();
        mvc.perform(post("/organisations/" + governance.id(another) + "/succession").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("successorId", "").param("successorName", " ").param("succeededOn", "2023-07-20").param("document", "文号"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择承继单位，或填写新组建单位的名称")));
    }

    @Test
    void badOrHostileInputIsShownAgainAndChangesNothing() throws Exception {
        String successorId = String.valueOf(governance.id(successor));
        mvc.perform(succeed("hrss.director", successorId, LocalDate.now().plusDays(3).toString(), "文号"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(succeed("hrss.director", successorId, "2023-05-18", "   ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"" + successorId + "\" selected")));
        mvc.perform(succeed("hrss.director", successorId, "not-a-date", "文号")).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(succeed("hrss.director", "abc", "2023-05-18", "文号")).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(succeed("hrss.director", String.valueOf(governance.id(old)), "2023-05-18", "<b>文号</b>")).andExpect(status().isOk())
                .andExpect(content().string(containsString("承继单位须为同类、尚未被承继的另一单位")))
                .andExpect(content().string(containsString("&lt;b&gt;文号&lt;/b&gt;")));
        long school = fixtures.organisationId(cn.jilin.laborbrand.web.training.TrainingFixtures.SCHOOL);
        mvc.perform(succeed("hrss.director", String.valueOf(school), "2023-05-18", "文号")).andExpect(status().isOk())
                .andExpect(content().string(containsString("承继单位须为同类")));
        mvc.perform(succeed("hrss.director", successorId, "2023-05-18", "号".repeat(101))).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(succeededBy()).isNull();
        assertThat(jdbc.queryForObject("select organisation_id from responsibility_task where id = ?", Long.class, task)).isEqualTo(governance.id(old));
    }

    @Test
    void onlyTheProvincesManagerRecordsASuccession() throws Exception {
        String successorId = String.valueOf(governance.id(successor));
        mvc.perform(succeed("changchun.officer", successorId, "2023-05-18", "文号")).andExpect(status().isNotFound());
        mvc.perform(succeed(old.officer(), successorId, "2023-05-18", "文号")).andExpect(status().isForbidden());
        mvc.perform(succeed("hrss.reviewer", successorId, "2023-05-18", "文号")).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + governance.id(old)).with(fixtures.as("hrss.reviewer")))
                .andExpect(content().string(not(containsString("记录机构承继"))));
        assertThat(succeededBy()).isNull();
    }
}
