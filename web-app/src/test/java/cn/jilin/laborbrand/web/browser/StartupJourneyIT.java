package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.TestClock;
import cn.jilin.laborbrand.web.startup.StartupFixtures;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * 二(三)1 in Chromium: a city's officer registers an incubator through its form, then a start-up incubated there, and
 * finds the start-up on the incubator's page and in the list, its founder masked; and claims the one-off start-up
 * subsidy for a start-up's founder on the claim form, then finds the claim from the start-up's page. Screenshots go to
 * target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
class StartupJourneyIT {

    private static final String CHANGCHUN_DISTRICT = "220102";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StartupFixtures startups;

    @Test
    void aCityOfficerRegistersAnIncubatorAndAStartupInItAndSeesItListed() throws Exception {
        String officer = Fixtures.uniqueUsername("startup.journey");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        long operator = fixtures.organisation("长春创业园运营公司", CHANGCHUN_DISTRICT, OrganisationKind.ENTERPRISE);
        long brand = fixtures.brand("长春创业品牌", CHANGCHUN_DISTRICT);
        String incubator = "南关区返乡入乡创业园" + System.nanoTime() % 100000;
        String startup = "南关汽修创业工作室" + System.nanoTime() % 100000;
        String residentId = TrainingFixtures.residentId(CHANGCHUN_DISTRICT);
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-startup-journey", () -> {
                browser.signIn(officer, Fixtures.DEMO_PASSWORD);
                browser.open("/incubators/new");
                browser.select("#kind", "RETURNEE_PARK");
                browser.type("#name", incubator);
                browser.select("#regionCode", CHANGCHUN_DISTRICT);
                browser.select("#operatorId", String.valueOf(operator));
                browser.type("#brandSpace", "1200.5");
                browser.click("#rentWaived1");
                browser.type("#rentWaiverNote", "入驻两年免租");
                browser.screenshot("70-incubator-form");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("孵化载体已登记", incubator, "返乡入乡创业园");

                browser.clickAndWait("a[href^='/startups/new']");
                browser.type("#name", startup);
                browser.select("#regionCode", CHANGCHUN_DISTRICT);
                browser.select("#brandId", String.valueOf(brand));
                browser.setValue("#foundedOn", "2024-05-06");
                browser.type("#jobsCreated", "12");
                browser.type("#founderName", "周创业");
                browser.type("#founderResidentId", residentId);
                browser.type("#founderPhone", "13904310088");
                browser.type("#loanBank", "吉林银行长春分行");
                browser.type("#loanAmount", "200000");
                browser.setValue("#loanGrantedOn", "2024-06-01");
                browser.type("#loanTermMonths", "24");
                browser.screenshot("71-startup-form");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("创业实体已登记", startup, incubator, "139****0088").doesNotContain(residentId);

                browser.open("/startups?q=" + startup);
                assertThat(browser.text()).contains(startup, "周创业", incubator).doesNotContain(residentId);
                browser.screenshot("72-startups-list");
            });
        }
        assertThat(jdbc.queryForObject("select count(*) from startup s join incubator i on i.id = s.incubator_id where s.name = ? and i.name = ?",
                Long.class, startup, incubator)).isEqualTo(1);
    }

    @Test
    void aCityOfficerClaimsTheOneOffStartupSubsidyForAFounderAndFindsItFromTheStartup() throws Exception {
        String officer = Fixtures.uniqueUsername("startup.claim");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        String residentId = TrainingFixtures.residentId(CHANGCHUN_DISTRICT);
        long startup = startups.startupWithoutLoan(CHANGCHUN_DISTRICT, residentId);
        String name = jdbc.queryForObject("select name from startup where id = ?", String.class, startup);
        // the demo's 一次性创业补贴
        long policy = jdbc.queryForObject("select id from subsidy_policy where code = 'JL-STARTUP'", Long.class);
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-startup-claim-journey", () -> {
                browser.signIn(officer, Fixtures.DEMO_PASSWORD);
                browser.waitForPath("/");
                browser.open("/subsidies/claims/new");
                browser.select("#policyId", String.valueOf(policy));
                browser.clickAndWait("#main form button[type=submit]");
                browser.type("#evidenceId-search", name);
                browser.click("#evidenceId-options [role=option]");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("测试创业者", "22****************").doesNotContain(residentId);
                browser.screenshot("73-startup-claim-founder");
                browser.clickAndWait("form[action='/subsidies/claims'] button[type=submit]");
                assertThat(browser.text()).contains("一次性创业补贴", "测试创业者", "5,000.00", "检查通过").doesNotContain(residentId);
                browser.screenshot("74-startup-claim-draft");

                browser.open("/startups/" + startup);
                browser.clickAndWait("a[href*='evidence=STARTUP']");
                assertThat(browser.text()).contains("测试创业者");
                browser.screenshot("75-startup-claims");
            });
        }
        assertThat(jdbc.queryForObject("select count(*) from subsidy_claim where policy_id = ? and evidence = 'STARTUP' and evidence_id = ?",
                Long.class, policy, startup)).isEqualTo(1);
    }
}
