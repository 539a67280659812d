package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.web.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * 三员 in Chromium: the system administrator resets the audit administrator's password, which waits for approval; the
 * security administrator approves it on the requests page; the audit administrator is then asked for a new password.
 * The administrators are the test's own, not the demo's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AdministrationJourneyIT {

    private static final String HRSS = "吉林省人力资源和社会保障厅";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPasswordResetOfAnAdministratorTakesASecondAdministrator() throws Exception {
        String system = Fixtures.uniqueUsername("sys");
        String security = Fixtures.uniqueUsername("sec");
        String audit = Fixtures.uniqueUsername("aud");
        fixtures.account(system, HRSS, false, RoleCode.SYSTEM_ADMIN);
        fixtures.account(security, HRSS, false, RoleCode.SECURITY_ADMIN);
        long auditId = fixtures.account(audit, HRSS, false, RoleCode.AUDIT_ADMIN);
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("admin-failed", () -> {
                browser.signIn(system, Fixtures.DEMO_PASSWORD);
                browser.open("/admin/users/" + auditId + "/password");
                browser.type("#temporaryPassword", "Temporary#2026ab");
                browser.clickAndConfirm("form[action$='/password'] button[type=submit]");
                browser.waitForPath("/admin/requests");
                assertThat(browser.text()).contains("已提交审批", "重置密码", audit);
                browser.screenshot("admin-01-reset-waits-for-approval");
                browser.signOut();

                browser.signIn(security, Fixtures.DEMO_PASSWORD);
                browser.open("/admin/requests");
                browser.clickAndConfirm("form[action$='/approve'] button");
                assertThat(browser.text()).contains("已批准");
                browser.screenshot("admin-02-approved");
                browser.open("/admin/requests?open=false");
                browser.screenshot("admin-03-request-history");
                browser.signOut();

                browser.signIn(audit, "Temporary#2026ab");
                browser.waitForPath("/account/password");
                browser.screenshot("admin-04-new-password-required");
            });
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'admin-request.approve' and username = ?",
                Integer.class, security)).isEqualTo(1);
    }
}
