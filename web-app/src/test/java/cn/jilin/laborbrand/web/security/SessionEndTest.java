package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.LaborBrandApplication;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A decision that should end an account's sessions ends them at once, on every node: two portal nodes share the
 * database, the user is signed in on both (two browsers), and an administrator on one node disables, resets,
 * re-authorises or moves the account, or the account is locked by failed sign-ins. The owner changing their own
 * password keeps the session they did it in and loses the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SessionEndTest {

    private static ConfigurableApplicationContext secondNode;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startSecondNode() {
        secondNode = new SpringApplicationBuilder(LaborBrandApplication.class).profiles("demo").run("--server.port=0");
    }

    @AfterAll
    static void stopSecondNode() {
        secondNode.close();
    }

    private static int secondPort() {
        return secondNode.getBean(Environment.class).getRequiredProperty("local.server.port", Integer.class);
    }

    /** A fresh account signed in twice: one browser on each node. */
    private List<PortalClient> signedInTwice(String username) throws Exception {
        return signedInTwice(username, "/bases");
    }

    private List<PortalClient> signedInTwice(String username, String page) throws Exception {
        PortalClient first = new PortalClient(port);
        PortalClient second = new PortalClient(secondPort());
        for (PortalClient browser : List.of(first, second)) {
            assertThat(PortalClient.location(browser.signIn(username, Fixtures.DEMO_PASSWORD))).isEqualTo("/");
            assertThat(browser.get(page).statusCode()).isEqualTo(200);
        }
        return List.of(first, second);
    }

    private String officer() {
        String username = Fixtures.uniqueUsername("officer");
        fixtures.account(username, "辽源市人力资源和社会保障局", false, RoleCode.CITY_OFFICER);
        return username;
    }

    private PortalClient administrator(String role) throws Exception {
        String username = Fixtures.uniqueUsername("admin");
        fixtures.account(username, "吉林省人力资源和社会保障厅", false, role);
        PortalClient admin = new PortalClient(secondPort());
        admin.signIn(username, Fixtures.DEMO_PASSWORD);
        return admin;
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private String version(String username) {
        return String.valueOf(jdbc.queryForObject("select version from account where username = ?", Long.class, username));
    }

    private static void assertSignedOut(List<PortalClient> browsers) throws Exception {
        for (PortalClient browser : browsers) {
            assertThat(PortalClient.location(browser.get("/bases"))).isEqualTo("/login");
        }
    }

    @Test
    void disablingEndsEverySessionOnEveryNode() throws Exception {
        String target = officer();
        List<PortalClient> browsers = signedInTwice(target);
        administrator(RoleCode.SYSTEM_ADMIN).post("/admin/users", "/admin/users/" + id(target) + "/disable", Map.of());
        assertSignedOut(browsers);
    }

    @Test
    void aPasswordResetEndsEverySession() throws Exception {
        String target = officer();
        List<PortalClient> browsers = signedInTwice(target);
        administrator(RoleCode.SYSTEM_ADMIN).post("/admin/users", "/admin/users/" + id(target) + "/password",
                Map.of("temporaryPassword", "Temporary#2026ab"));
        assertSignedOut(browsers);
    }

    @Test
    void aChangeOfRolesOrOrganisationEndsEverySession() throws Exception {
        String target = officer();
        List<PortalClient> browsers = signedInTwice(target);
        PortalClient security = administrator(RoleCode.SECURITY_ADMIN);
        security.post("/admin/users", "/admin/users/" + id(target) + "/roles",
                Map.of("roles", RoleCode.PROVINCE_REVIEWER, "version", version(target)));
        assertSignedOut(browsers);

        String moved = officer();
        List<PortalClient> others = signedInTwice(moved);
        security.post("/admin/users", "/admin/users/" + id(moved) + "/organisation",
                Map.of("organisationId", String.valueOf(fixtures.organisationId("长春市人力资源和社会保障局")), "version", version(moved)));
        assertSignedOut(others);
    }

    @Test
    void aLockoutEndsEverySession() throws Exception {
        String target = officer();
        List<PortalClient> browsers = signedInTwice(target);
        PortalClient stranger = new PortalClient(port);
        for (int i = 0; i < 5; i++) {
            stranger.signIn(target, "wrong-password-" + i);
        }
        assertSignedOut(browsers);
    }

    @Test
    void anApprovedActionOnAnAdministratorEndsItsSessionsOnlyOnceApproved() throws Exception {
        String target = Fixtures.uniqueUsername("auditor");
        fixtures.account(target, "吉林省人力资源和社会保障厅", false, RoleCode.AUDIT_ADMIN);
        List<PortalClient> browsers = signedInTwice(target, "/admin/audit");
        administrator(RoleCode.SYSTEM_ADMIN).post("/admin/users", "/admin/users/" + id(target) + "/disable", Map.of());
        for (PortalClient browser : browsers) {
            assertThat(browser.get("/admin/audit").statusCode()).as("still waiting for approval").isEqualTo(200);
        }
        long request = jdbc.queryForObject("select id from admin_request where target_account_id = ? and status = 'PENDING'", Long.class, id(target));
        administrator(RoleCode.SECURITY_ADMIN).post("/admin/requests", "/admin/requests/" + request + "/approve",
                Map.of("version", String.valueOf(jdbc.queryForObject("select version from admin_request where id = ?", Long.class, request))));
        for (PortalClient browser : browsers) {
            assertThat(PortalClient.location(browser.get("/admin/audit"))).isEqualTo("/login");
        }
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        String target = officer();
        List<PortalClient> browsers = signedInTwice(target);
        browsers.get(0).post("/account/password", "/account/password", Map.of("currentPassword", Fixtures.DEMO_PASSWORD,
                "newPassword", "Brand#New2026xy", "confirmPassword", "Brand#New2026xy"));
        assertThat(browsers.get(0).get("/bases").statusCode()).isEqualTo(200);
        assertThat(PortalClient.location(browsers.get(1).get("/bases"))).isEqualTo("/login");
    }
}
