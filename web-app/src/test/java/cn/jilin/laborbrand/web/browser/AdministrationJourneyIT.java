package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.registry.brand.BrandType;
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
 * The administrators are the test's own, not the demo's. A province manager keeps the livelihood areas (二(一)2).
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

    /** 二(一)2: a province manager lists a relocation site with its source and sees it in the livelihood view, then removes it. */
    @Test
    void aProvinceManagerAddsALivelihoodAreaWithItsSourceAndSeesItsBrands() throws Exception {
        String manager = Fixtures.uniqueUsername("livelihood.manager");
        fixtures.account(manager, HRSS, false, "PROVINCE_MANAGER");
        long brand = fixtures.brand("东丰快递物流员", "220421", BrandType.LIVELIHOOD);
        String brandName = jdbc.queryForObject("select name from labor_brand where id = ?", String.class, brand);
        String site = "东丰县集中安置区（旅程" + System.nanoTime() % 100000 + "）";
        String source = "吉林省易地扶贫搬迁安置区名单（旅程测试）";
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("livelihood-failed", () -> {
                browser.signIn(manager, Fixtures.DEMO_PASSWORD);
                browser.open("/catalog/livelihood-areas");
                assertThat(browser.text()).contains("国发〔2013〕45号", "辽源市");
                browser.clickAndWait("a[href='/catalog/livelihood-areas/new']");
                browser.select("#kind", "RELOCATION_SITE");
                browser.select("#regionCode", "220421");
                browser.type("#siteName", site);
                browser.type("#sourceDocument", source);
                browser.type("#sinceYear", "2019");
                browser.screenshot("livelihood-01-new-area");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("已登记地区属性", site, source, "列入");
                browser.open("/catalog/livelihood-areas/brands?kind=RELOCATION_SITE");
                assertThat(browser.text()).contains(site, brandName, "易地扶贫搬迁安置区");
                browser.screenshot("livelihood-02-view");
                browser.open("/catalog/livelihood-areas?q=" + java.net.URLEncoder.encode(site, java.nio.charset.StandardCharsets.UTF_8));
                browser.clickAndWait("#main table tbody a");
                browser.clickAndConfirm("form[action$='/remove'] button[type=submit]");
                assertThat(browser.text()).contains("已移除地区属性").doesNotContain(site);
                browser.signOut();
            });
        }
        assertThat(jdbc.queryForObject("select count(*) from region_attribute where site_name = ?", Integer.class, site)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from workflow_step where subject_type = 'region_attribute' and comment like ?",
                Integer.class, "%" + site + "%")).isEqualTo(2);
    }
}
