package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Refused actions are in the audit log with outcome DENIED: a page the role may not open, a write outside the scope. */
@PortalTest
class DeniedRequestsAuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private int denied(String username, String action, String detail) {
        return jdbc.queryForObject("select count(*) from audit_event where username = ? and action = ? and outcome = 'DENIED' and detail = ?",
                Integer.class, username, action, detail);
    }

    @Test
    void aForbiddenRequestIsAuditedAsDenied() throws Exception {
        String officer = Fixtures.uniqueUsername("curious");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, RoleCode.CITY_OFFICER);
        assertThat(mvc.perform(get("/admin/audit").with(fixtures.as(officer))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/admin/users/1/disable").with(fixtures.as(officer)).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(denied(officer, "access.denied", "GET /admin/audit")).isEqualTo(1);
        assertThat(denied(officer, "access.denied", "POST /admin/users/1/disable")).isEqualTo(1);
    }

    @Test
    void aWriteToAnotherRegionsRecordIsAuditedAsDeniedAndAnswersNotFound() throws Exception {
        String officer = Fixtures.uniqueUsername("neighbour");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, RoleCode.CITY_OFFICER);
        long yanbian = fixtures.brand("延边测试品牌", "222400");
        int status = mvc.perform(post("/brands/" + yanbian).param("name", "改名").param("version", "0")
                .with(fixtures.as(officer)).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
        assertThat(denied(officer, "access.outOfScope", "POST /brands/" + yanbian)).isEqualTo(1);
        assertThat(mvc.perform(get("/brands/" + yanbian).with(fixtures.as(officer))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = ? and action = 'access.outOfScope'",
                Integer.class, officer)).as("reading is not a refused action").isEqualTo(1);
    }
}
