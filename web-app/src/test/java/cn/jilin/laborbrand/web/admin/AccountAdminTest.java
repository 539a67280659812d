package cn.jilin.laborbrand.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class AccountAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;

    private long version(long id) {
        return jdbc.queryForObject("select version from account where id = ?", Long.class, id);
    }

    @Test
    void theSystemAdministratorOpensAnAccountWithoutRoles() throws Exception {
        String username = Fixtures.uniqueUsername("opened");
        mvc.perform(post("/admin/users").with(fixtures.as("sysadmin")).with(csrf())
                        .param("username", username).param("displayName", "新同事")
                        .param("organisationId", String.valueOf(fixtures.organisationId("吉林省教育厅")))
                        .param("initialPassword", "Temporary#2026ab"))
                .andExpect(redirectedUrl("/admin/users"));
        SignedInAccount opened = (SignedInAccount) accounts.loadUserByUsername(username);
        assertThat(opened.roleCodes()).isEmpty();
        assertThat(opened.passwordChangeRequired()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'account.create' and username = 'sysadmin' and detail like ?",
                Integer.class, "username=" + username + "%")).isEqualTo(1);
    }

    @Test
    void aRefusedFormComesBackWithTheReasonAndTheInputKept() throws Exception {
        long before = jdbc.queryForObject("select count(*) from account", Long.class);
        mvc.perform(post("/admin/users").with(fixtures.as("sysadmin")).with(csrf())
                        .param("username", "Bad Name!").param("displayName", "保留的姓名").param("initialPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名格式不正确")))
                .andExpect(content().string(containsString("value=\"保留的姓名\"")))
                .andExpect(content().string(containsString("value=\"Bad Name!\"")));
        mvc.perform(post("/admin/users").with(fixtures.as("sysadmin")).with(csrf())
                        .param("username", Fixtures.uniqueUsername("weak")).param("displayName", "某人").param("initialPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码至少 12 位")));
        mvc.perform(post("/admin/users").with(fixtures.as("sysadmin")).with(csrf())
                        .param("username", "hrss.reviewer").param("displayName", "某人").param("initialPassword", "Temporary#2026ab"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该用户名已被使用")));
        assertThat(jdbc.queryForObject("select count(*) from account", Long.class)).isEqualTo(before);
    }

    @Test
    void theSecurityAdministratorAssignsRolesThatApplyAtTheNextSignIn() throws Exception {
        String username = Fixtures.uniqueUsername("promoted");
        long id = fixtures.account(username, "长春市人力资源和社会保障局", false);
        mvc.perform(post("/admin/users/" + id + "/roles").with(fixtures.as("secadmin")).with(csrf())
                        .param("roles", RoleCode.CITY_OFFICER).param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(((SignedInAccount) accounts.loadUserByUsername(username)).permissions()).contains("organisation:view");
    }

    @Test
    void administrativeRolesCannotBeCombined() throws Exception {
        long id = fixtures.account(Fixtures.uniqueUsername("combined"), "吉林省人力资源和社会保障厅", false);
        mvc.perform(post("/admin/users/" + id + "/roles").with(fixtures.as("secadmin")).with(csrf())
                        .param("roles", RoleCode.AUDIT_ADMIN, RoleCode.PROVINCE_MANAGER).param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必须单独分配")));
        assertThat(jdbc.queryForObject("select count(*) from account_role where account_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aChangeOnAStalePageIsRefusedClearly() throws Exception {
        long id = fixtures.account(Fixtures.uniqueUsername("stale"), "长春市人力资源和社会保障局", false);
        long shown = version(id);
        mvc.perform(post("/admin/users/" + id).with(fixtures.as("sysadmin")).with(csrf())
                        .param("displayName", "第一次修改").param("version", String.valueOf(shown)))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(post("/admin/users/" + id).with(fixtures.as("sysadmin")).with(csrf())
                        .param("displayName", "过时页面的修改").param("version", String.valueOf(shown)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人处理")));
        assertThat(jdbc.queryForObject("select display_name from account where id = ?", String.class, id)).isEqualTo("第一次修改");
    }

    @Test
    void disablingAnAccountStopsItsSignIn() throws Exception {
        String username = Fixtures.uniqueUsername("leaver");
        long id = fixtures.account(username, "吉林省财政厅", false, RoleCode.DEPARTMENT_OFFICER);
        mvc.perform(post("/admin/users/" + id + "/disable").with(fixtures.as("sysadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.loadUserByUsername(username).isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'account.disable' and object_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void theSecurityAdministratorChangesWhatABusinessRoleGrantsButNotAnAdministrativeOne() throws Exception {
        mvc.perform(post("/admin/roles/" + RoleCode.AUDIT_ADMIN).with(fixtures.as("secadmin")).with(csrf())
                        .param("permissions", "organisation:view"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("三员角色的权限固定")));
        mvc.perform(post("/admin/roles/" + RoleCode.EXPERT).with(fixtures.as("secadmin")).with(csrf())
                        .param("permissions", "system:audit:view"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能授予业务角色")));
        mvc.perform(get("/admin/roles/" + RoleCode.EXPERT).with(fixtures.as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("organisation:view")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("system:audit:view"))));
    }

    @Test
    void theAuditAdministratorFiltersAndExportsTheLog() throws Exception {
        mvc.perform(get("/admin/audit").param("action", "account.").with(fixtures.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("开设账户")));
        byte[] xlsx = mvc.perform(get("/admin/audit/export").param("action", "login").with(fixtures.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'audit.export' and username = 'auditor'",
                Integer.class)).isPositive();
    }
}
