package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.TestClock;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Training in Chromium: 长春's officer registers a cultivation base and recommends it; HRSS designates it provincial;
 * the institution opens a course, imports its roster from Excel and records a certificate, which the public can verify.
 * Screenshots of each stage go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
class TrainingJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aBaseIsDesignatedAndAnInstitutionImportsARosterAndRecordsCertificates() throws Exception {
        String baseName = "长春汽车维修技工培育基地（旅程" + System.nanoTime() % 10000 + "）";
        String courseName = "汽车维修工提升班（旅程" + System.nanoTime() % 10000 + "）";
        Path roster = Files.createTempDirectory("journey").resolve("学员名册.xlsx");
        String first = TrainingFixtures.residentId("220102");
        Files.write(roster, TrainingFixtures.roster(List.of(
                List.of("孙丽", first, "13912340001", "220102", "脱贫人口", "", ""),
                List.of("周强", TrainingFixtures.residentId("220104"), "13912340002", "220104", "", "长春一汽", "2026-06-01"),
                List.of("吴敏", TrainingFixtures.residentId("220182"), "", "", "农村留守妇女", "", ""))));
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-training-journey", () -> journey(browser, baseName, courseName, roster, first));
        }
        assertThat(jdbc.queryForObject("select level from cultivation_base where name = ?", String.class, baseName)).isEqualTo("PROVINCIAL");
        long course = jdbc.queryForObject("select id from training_course where name = ?", Long.class, courseName);
        assertThat(jdbc.queryForObject("select count(*) from trainee where course_id = ?", Long.class, course)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from certificate where course_id = ?", Long.class, course)).isEqualTo(1);
    }

    private void journey(Browser browser, String baseName, String courseName, Path roster, String firstId) throws Exception {
        long brand = fixtures.brand("旅程汽车维修", "220100");

        // the city registers the base and recommends it
        browser.signIn("changchun.officer", Fixtures.DEMO_PASSWORD);
        browser.waitForPath("/");
        browser.open("/bases/new");
        browser.type("#name", baseName);
        browser.select("#regionCode", "220102");
        browser.choose("institutionId", TrainingFixtures.SCHOOL);
        browser.select("#brandIds", String.valueOf(brand));
        browser.type("#address", "长春市南关区人民大街100号");
        browser.type("#capacity", "800");
        browser.type("#facilities", "汽车维修实训车间 2000 平方米");
        browser.type("#contactName", "刘洋");
        browser.type("#contactPhone", "13812345678");
        browser.clickAndWait("#main form button[type=submit]");
        assertThat(browser.text()).contains(baseName, "已登记", "138****5678");
        browser.type("#comment-recommend", "基地条件好，推荐认定省级。");
        browser.clickAndConfirm("form[action$='/recommend'] button");
        assertThat(browser.text()).contains("已推荐至省人社厅");
        browser.screenshot("20-base-recommended");
        browser.signOut();

        // HRSS designates it provincial
        browser.signIn("hrss.director", Fixtures.DEMO_PASSWORD);
        browser.waitForPath("/");
        browser.open("/bases?q=" + java.net.URLEncoder.encode(baseName, java.nio.charset.StandardCharsets.UTF_8));
        browser.clickAndWait("table a[href^='/bases/']");
        browser.type("#comment-designate-provincial", "同意认定。");
        browser.clickAndConfirm("form[action$='/designate-provincial'] button");
        assertThat(browser.text()).contains("已认定为省级培育基地", "省级");
        browser.screenshot("21-base-designated-provincial");
        browser.open("/bases/cities");
        // the per-city view lists every prefecture (its gaps are checked on records of its own in BaseWorkflowTest)
        assertThat(browser.text()).contains("长春市", "白城市", "延边朝鲜族自治州");
        browser.screenshot("22-bases-per-city");
        browser.signOut();

        // the institution opens a course, imports its roster and records a certificate
        browser.signIn("inst.changchun", Fixtures.DEMO_PASSWORD);
        browser.waitForPath("/");
        browser.open("/training/courses/new");
        browser.type("#name", courseName);
        browser.select("#occupationCode", "4-12-01-01");
        browser.select("#brandId", String.valueOf(brand));
        browser.setValue("#startDate", "2026-03-02");
        browser.setValue("#endDate", "2026-05-29");
        browser.type("#hours", "360");
        browser.select("#status", "RUNNING");
        browser.clickAndWait("#main form button[type=submit]");
        assertThat(browser.text()).contains(courseName, "培训班已开设");
        browser.upload("#roster-file", roster);
        browser.clickAndConfirm("form[action$='/roster'] button[type=submit]");
        assertThat(browser.text()).contains("名册已导入，共 3 名学员", "孙丽", "周强", "吴敏").doesNotContain(firstId);
        browser.screenshot("23-roster-imported");
        long trainee = jdbc.queryForObject("select id from trainee where name = '孙丽' and course_id = (select id from training_course where name = ?)",
                Long.class, courseName);
        browser.choose("traineeId", "孙丽");
        browser.select("#kind", "SKILL_LEVEL");
        browser.type("#number", "JOURNEY" + trainee);
        browser.select("#level", "4");
        browser.setValue("#issueDate", "2026-06-10");
        // the issuer is not chosen: an institution records under its own name, the one issuer offered and preselected
        browser.clickAndWait("form[action$='/certificates'] button[type=submit]");
        assertThat(browser.text()).contains("证书已登记", "JOURNEY" + trainee);
        browser.screenshot("24-certificate-recorded");
        browser.signOut();

        // anyone verifies it
        browser.open("/public/certificates/verify");
        browser.type("#number", "JOURNEY" + trainee);
        browser.type("#name", "孙丽");
        browser.clickAndWait("#main form button[type=submit]");
        assertThat(browser.text()).contains("证书有效", TrainingFixtures.SCHOOL, "2026-06-10");
        browser.screenshot("25-certificate-verified");
    }
}
