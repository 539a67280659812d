package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole road to a provincial level, in Chromium: 长春's officer writes, submits and recommends; HRSS assigns three
 * experts; each declares no conflict and scores; HRSS approves and publishes; the notice ends; HRSS designates and the
 * brand shows its new level. Screenshots of each stage go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
class ApplicationJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aBrandIsDesignatedProvincialAfterReviewAndNotice() throws Exception {
        long brandId = fixtures.brand("长春数控技工", "220104");
        String brandName = jdbc.queryForObject("select name from labor_brand where id = ?", String.class, brandId);
        Path form = Files.createTempDirectory("journey").resolve("长春数控技工申报表.pdf");
        Files.write(form, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes());

        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-application-journey", () -> journey(browser, brandId, brandName, form));
        }
        assertThat(jdbc.queryForObject("select level from labor_brand where id = ?", String.class, brandId)).isEqualTo("PROVINCIAL");
    }

    private void journey(Browser browser, long brandId, String brandName, Path form) throws Exception {
        {
            // the city writes, submits and recommends
            browser.signIn("changchun.officer", Fixtures.DEMO_PASSWORD);
            browser.waitForPath("/");
            browser.open("/brand-applications/new?brandId=" + brandId);
            browser.select("#targetLevel", "PROVINCIAL");
            browser.type("#reasons", "数控技工输出规模大，持证率高，用人单位评价好。");
            browser.type("#achievements", "近三年输出一万二千人次。");
            browser.type("#contactPhone", "13812345678");
            browser.clickAndWait("#main form button[type=submit]");
            assertThat(browser.text()).contains(brandName, "草稿");
            long applicationId = Long.parseLong(browser.currentPath().substring(browser.currentPath().lastIndexOf('/') + 1));
            browser.upload("#file", form);
            browser.clickAndWait("form[action$='/files'] button[type=submit]");
            assertThat(browser.text()).contains("材料已上传");
            browser.clickAndConfirm("form[action$='/submit'] button");
            assertThat(browser.text()).contains("申报已提交");
            browser.type("#recommend-comment", "同意推荐。");
            browser.clickAndConfirm("form[action$='/recommend'] button");
            assertThat(browser.text()).contains("已推荐至省人社厅");
            browser.screenshot("10-application-recommended");
            browser.signOut();

            // HRSS assigns three experts
            browser.signIn("hrss.reviewer", Fixtures.DEMO_PASSWORD);
            browser.open("/brand-applications/" + applicationId);
            for (Long expert : expertIds("expert.li", "expert.zhao", "expert.chen")) {
                browser.click("#expert-" + expert);
            }
            browser.clickAndConfirm("form[action$='/assign-experts'] button[type=submit]");
            assertThat(browser.text()).contains("已指派评审专家", "专家评审中");
            browser.screenshot("11-experts-assigned");
            browser.signOut();

            // each expert declares no conflict and scores
            int[] scores = {92, 85, 78};
            String[] experts = {"expert.li", "expert.zhao", "expert.chen"};
            for (int i = 0; i < experts.length; i++) {
                browser.signIn(experts[i], Fixtures.DEMO_PASSWORD);
                browser.open("/brand-applications/reviews");
                long assignment = jdbc.queryForObject("select r.id from review_assignment r join account a on a.id = r.expert_account_id "
                        + "where r.subject_type = 'brand_application' and r.subject_id = ? and a.username = ?", Long.class, applicationId, experts[i]);
                browser.clickAndWait("a[href='/brand-applications/reviews/" + assignment + "']");
                if (i == 0) {
                    browser.screenshot("12-expert-declaration");
                }
                browser.clickAndConfirm("form[action$='/declare'] input[value=false] ~ button");
                for (String criterion : List.of("WORKFORCE_SCALE", "SKILL_CONTENT", "MARKET_RECOGNITION", "EMPLOYMENT_EFFECT", "BRAND_MANAGEMENT", "CREDIT")) {
                    browser.type("#score-" + criterion, String.valueOf(scores[i]));
                }
                browser.type("#score-comment", "技能含量高，建议认定。");
                if (i == 0) {
                    browser.screenshot("13-expert-scoring");
                }
                browser.clickAndConfirm("form[action$='/score'] button[type=submit]");
                assertThat(browser.text()).contains("评分已提交");
                browser.signOut();
            }

            // HRSS approves and publishes
            browser.signIn("hrss.director", Fixtures.DEMO_PASSWORD);
            browser.open("/brand-applications/" + applicationId);
            assertThat(browser.text()).contains("3 / 3", "85.00");
            browser.screenshot("14-review-summary");
            browser.clickAndConfirm("form[action$='/approve'] button");
            browser.clickAndConfirm("form[action$='/start-notice'] button");
            assertThat(browser.text()).contains("公示中", "已开始公示");
            browser.screenshot("15-public-notice");

            // the notice ends; HRSS designates
            clock.travel(Duration.ofDays(9));
            browser.open("/brand-applications/" + applicationId);
            browser.clickAndConfirm("form[action$='/designate'] button");
            assertThat(browser.text()).contains("品牌已认定");
            browser.open("/brands/" + brandId);
            assertThat(browser.find("h1").getText()).contains(brandName, "省级");
            assertThat(browser.text()).contains("未认定 → 省级", "申报认定");
            browser.screenshot("16-brand-designated");
        }
    }

    private List<Long> expertIds(String... usernames) {
        return java.util.Arrays.stream(usernames).map(u -> jdbc.queryForObject(
                "select e.id from expert e join account a on a.id = e.account_id where a.username = ?", Long.class, u)).toList();
    }
}
