package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.TestClock;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A city's own task in Chromium (三(一)): the city's officer gives a task of its 推进落实方案 to a county's department
 * through the form; the department files its quarter's report and submits it; the city finds the report on its work
 * list and accepts it; the city records its development plan for its brands in its own resource library (二(一)1); the
 * province sees the city on its map of the cities and the plan in the roll-up of the cities' libraries. The city also
 * lists a key project of its library (二(一)3), corrects it once, and the province finds it on the city's page. Accounts
 * and the department are the test's own. Screenshots of each stage go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
class CityJourneyIT {

    private static final String CHANGCHUN = "220100";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Clock clock;

    @Test
    void aCityGivesATaskToACountysDepartmentWhichReportsAndTheCityAccepts() throws Exception {
        String city = Fixtures.uniqueUsername("city.journey");
        fixtures.account(city, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        long unit = fixtures.organisation("德惠市农业农村局", "220183", OrganisationKind.LOCAL_DEPARTMENT);
        String unitName = jdbc.queryForObject("select name from organisation where id = ?", String.class, unit);
        String reporter = Fixtures.uniqueUsername("county.department");
        fixtures.account(reporter, unitName, false, "DEPARTMENT_OFFICER");
        long measure = jdbc.queryForObject("select id from plan_measure where code = '二(二)2'", Long.class);
        String deadline = (LocalDate.now(clock).getYear() + 1) + "-12-31";
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-city-journey", () -> journey(browser, city, reporter, unit, unitName, measure, deadline));
        }
        long task = jdbc.queryForObject("select id from responsibility_task where organisation_id = ?", Long.class, unit);
        assertThat(jdbc.queryForObject("select plan_region from responsibility_task where id = ?", String.class, task)).isEqualTo(CHANGCHUN);
        assertThat(jdbc.queryForObject("select state from progress_report where task_id = ?", String.class, task)).isEqualTo("ACCEPTED");
    }

    private void journey(Browser browser, String city, String reporter, long unit, String unitName, long measure, String deadline) throws Exception {
        // the city gives the task
        browser.signIn(city, Fixtures.DEMO_PASSWORD);
        browser.open("/plan/cities/" + CHANGCHUN);
        browser.clickAndWait("a[href$='/tasks/new']");
        browser.select("#measureId", String.valueOf(measure));
        browser.select("#organisationId", String.valueOf(unit));
        browser.setValue("#deadline", deadline);
        browser.screenshot("60-city-new-task");
        browser.clickAndWait("#main form button[type=submit]");
        assertThat(browser.text()).contains("任务已新增", unitName, "长春市推进落实方案");
        long task = Long.parseLong(browser.currentPath().substring(browser.currentPath().lastIndexOf('/') + 1));
        browser.signOut();

        // the county's department files this quarter's report and submits it
        browser.signIn(reporter, Fixtures.DEMO_PASSWORD);
        browser.open("/tasks/" + task);
        assertThat(browser.text()).contains("长春市人力资源和社会保障局审核采纳");
        browser.clickAndWait("a[href^='/tasks/" + task + "/reports/new']");
        browser.select("#taskStatus", "ON_TRACK");
        browser.type("#narrative", "本季度组织脱贫人口参加订单培训两期，输出务工42人。");
        browser.clickAndWait("#main form button[type=submit]");
        browser.clickAndConfirm("form[action$='/submit'] button");
        assertThat(browser.text()).contains("进展报告已报送", "待审核");
        browser.screenshot("61-county-report-submitted");
        long report = Long.parseLong(browser.currentPath().substring(browser.currentPath().lastIndexOf('/') + 1));
        browser.signOut();

        // the city finds it on its work list and accepts it
        browser.signIn(city, Fixtures.DEMO_PASSWORD);
        browser.waitForPath("/");
        assertThat(browser.text()).contains("审核" + unitName);
        browser.clickAndWait("a[href='/tasks/reports/" + report + "']");
        browser.type("#accept-comment", "同意。");
        browser.clickAndConfirm("form[action$='/accept'] button");
        assertThat(browser.text()).contains("报告已采纳", "长春市人力资源和社会保障局已采纳本报告");
        browser.screenshot("62-city-accepted");
        browser.open("/plan/cities/" + CHANGCHUN);
        assertThat(browser.text()).contains(unitName, deadline);
        browser.screenshot("63-city-page");

        // from its page to its own resource library, where it records its development plan for its brands
        browser.clickAndWait("a[href='/catalog/cities/" + CHANGCHUN + "']");
        browser.clickAndWait("#main a[href='/catalog/plans/new']");
        String plan = "长春市劳务品牌发展规划（旅程" + System.nanoTime() % 100000 + "）";
        browser.type("#title", plan);
        browser.type("#issuer", "长春市人力资源和社会保障局");
        browser.setValue("#issuedOn", "2025-03-18");
        browser.choose("brandIds", "吉林汽车精工");
        browser.type("#summary", "做大做强吉林汽车精工，培育汽车后市场新品牌。");
        browser.screenshot("65-city-brand-plan-form");
        browser.clickAndWait("#main form button[type=submit]");
        assertThat(browser.text()).contains("品牌发展规划已登记", plan, "吉林汽车精工");
        browser.screenshot("66-city-brand-plan");
        browser.signOut();

        // the province sees every unit on its map
        browser.signIn("hrss.director", Fixtures.DEMO_PASSWORD);
        browser.open("/plan/cities");
        assertThat(browser.find(".city-map [data-region='" + CHANGCHUN + "']").getText()).contains("长春市", "任务");
        browser.screenshot("64-province-cities-map");
        browser.open("/catalog/cities");
        assertThat(browser.text()).contains("长春市劳务品牌发展规划（旅程");
        browser.screenshot("67-province-catalogue-roll-up");
    }

    @Test
    void aCityListsAKeyProjectInItsLibraryEditsItAndTheProvinceSeesIt() throws Exception {
        String city = Fixtures.uniqueUsername("city.projects");
        fixtures.account(city, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        String project = "长春汽车产业工人技能提升项目（旅程" + System.nanoTime() % 100000 + "）";
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-city-key-project", () -> keyProject(browser, city, project));
        }
        assertThat(jdbc.queryForObject("select catalog_region from catalog_project where name = ?", String.class, project)).isEqualTo(CHANGCHUN);
        assertThat(jdbc.queryForObject("select lead_organisation from catalog_project where name = ?", String.class, project))
                .isEqualTo("德惠市人力资源和社会保障局");
    }

    private void keyProject(Browser browser, String city, String project) throws Exception {
        // the city lists a key project in its own library
        browser.signIn(city, Fixtures.DEMO_PASSWORD);
        browser.open("/catalog/cities/" + CHANGCHUN);
        browser.clickAndWait("#main a[href='/catalog/projects/new']");
        assertThat(browser.text()).contains("将列入：长春市");
        browser.type("#name", project);
        browser.select("#regionCode", "220183");
        browser.type("#leadOrganisation", "长春市人力资源和社会保障局");
        browser.choose("brandId", "吉林汽车精工");
        browser.type("#description", "联合一汽等整车企业开展汽车装调工、汽车维修工订单培训，三年培训 3000 人次。");
        browser.screenshot("68-city-key-project-form");
        browser.clickAndWait("#main form button[type=submit]");
        assertThat(browser.text()).contains("重点项目已列入。", project, "德惠市", "吉林汽车精工", "列入目录");
        String page = browser.currentPath();
        assertThat(page).matches("/catalog/projects/\\d+");

        // it is on the list of the city's key projects
        browser.open("/catalog/projects?catalogue=" + CHANGCHUN);
        assertThat(browser.text()).contains(project, "长春市人力资源和社会保障局");
        browser.clickAndWait("#main a[href='" + page + "']");

        // corrected once: the change is in its history
        browser.clickAndWait("#main a[href='" + page + "/edit']");
        browser.type("#leadOrganisation", "德惠市人力资源和社会保障局");
        browser.clickAndWait("#main form button[type=submit]");
        assertThat(browser.text()).contains("重点项目已保存", "德惠市人力资源和社会保障局", "修改项目信息", "列入目录");
        assertThat(browser.find("#main .timeline").getText()).contains("（德惠市，", "长春市人力资源和社会保障局，吉林汽车精工）",
                "德惠市人力资源和社会保障局，吉林汽车精工）").doesNotContain("220183", "品牌#");
        browser.screenshot("68a-city-key-project-edited");
        browser.signOut();

        // the province: the roll-up counts it, the city's page lists it
        long listed = jdbc.queryForObject("select count(*) from catalog_project where catalog_region = ? and status = 'LISTED'", Long.class, CHANGCHUN);
        browser.signIn("hrss.director", Fixtures.DEMO_PASSWORD);
        browser.open("/catalog/cities");
        assertThat(browser.find("#main tbody tr:has(a[href='/catalog/cities/" + CHANGCHUN + "']) td:nth-child(4)").getText())
                .isEqualTo(String.valueOf(listed));
        browser.clickAndWait("#main a[href='/catalog/cities/" + CHANGCHUN + "']");
        assertThat(browser.find("#projects").getText()).contains(project, "德惠市", "德惠市人力资源和社会保障局", "吉林汽车精工");
        browser.screenshot("69-province-city-key-projects");
    }
}
