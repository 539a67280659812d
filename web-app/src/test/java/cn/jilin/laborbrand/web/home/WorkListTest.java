package cn.jilin.laborbrand.web.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The home page's work list: each role sees what waits for it, from every module that has something, within its scope. */
@PortalTest
class WorkListTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDepartmentSeesItsLateAndReturnedReportsAndNoOtherDepartments() throws Exception {
        mvc.perform(get("/").with(fixtures.as("dept.finance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待办事项")))
                .andExpect(content().string(containsString("逾期未报")))
                .andExpect(content().string(containsString("修改被退回的“二(三)1 支持创新创业”")))
                .andExpect(content().string(not(containsString("审核吉林省"))));
        mvc.perform(get("/").with(fixtures.as("dept.education"))).andExpect(content().string(containsString("修改被退回的“二(二)1 提高技能含量”")));
    }

    @Test
    void hrssSeesReportsToAcceptOverdueTasksAndApplicationsWaitingForExperts() throws Exception {
        mvc.perform(get("/").with(fixtures.as("hrss.director"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("进展报告逾期未报")))
                .andExpect(content().string(containsString("审核吉林省")))
                .andExpect(content().string(containsString("指派评审专家")));
    }

    @Test
    void anExpertSeesAssignmentsToScoreAndAnAdministratorNothingOfTheBusiness() throws Exception {
        mvc.perform(get("/").with(fixtures.as("expert.chen"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("吉林医药技工")));
        mvc.perform(get("/").with(fixtures.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("目前没有等待您办理的事项")));
        mvc.perform(get("/").with(fixtures.as("changchun.officer"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("进展报告"))));
    }

    @Test
    void aCitySeesBasesWaitingForItsDecisionAndHrssThoseRecommendedToIt() throws Exception {
        String base = "汪清快递物流员培育基地";
        mvc.perform(get("/").with(fixtures.as("yanbian.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("“" + base + "”已登记")));
        mvc.perform(get("/").with(fixtures.as("hrss.director"))).andExpect(content().string(not(containsString(base))));
        String state = jdbc.queryForObject("select state from cultivation_base where name = ?", String.class, base);
        try {
            jdbc.update("update cultivation_base set state = 'RECOMMENDED' where name = ?", base);
            mvc.perform(get("/").with(fixtures.as("hrss.director")))
                    .andExpect(content().string(containsString("“" + base + "”已推荐为省级培育基地")));
            mvc.perform(get("/").with(fixtures.as("liaoyuan.officer"))).andExpect(content().string(not(containsString(base))));
        } finally {
            jdbc.update("update cultivation_base set state = ? where name = ?", state, base);
        }
    }
}
