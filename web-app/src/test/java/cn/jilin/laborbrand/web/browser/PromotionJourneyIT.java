package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.TestClock;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A typical figure in Chromium, from record to the public page and back off it: 长春's officer records a figure of a
 * 长春 brand (brand found by typing), uploads a photo and the signed consent; HRSS publishes it; the public finds it on
 * /public/figures; the officer records that the person withdrew their consent, and it is gone. Screenshots of the
 * management and public pages in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
class PromotionJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aFigureWithConsentIsPublishedSeenByThePublicAndGoneOnceConsentIsWithdrawn() throws Exception {
        String brand = jdbc.queryForObject("select name from labor_brand where region_code = '220100' order by id limit 1", String.class);
        String name = "旅程人物" + (char) ('甲' + System.nanoTime() % 20);
        Path consent = Files.createTempFile("consent", ".pdf");
        Files.write(consent, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        Path photo = Files.createTempFile("photo", ".png");
        ImageIO.write(new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-promotion-journey", () -> {
                browser.signIn("changchun.officer", Fixtures.DEMO_PASSWORD);
                browser.waitForPath("/");
                browser.open("/promotion/figures/new");
                browser.type("#name", name);
                browser.select("#sex", "FEMALE");
                browser.type("#birthYear", "1982");
                browser.select("#role", "PACESETTER");
                browser.choose("brandId", brand.substring(0, 2));
                browser.type("#headline", "车间里的技术能手");
                browser.type("#story", "二十年如一日钻研技术，带出徒弟一百余人。");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains(name, "尚无发布同意书");
                browser.upload("#photo", photo);
                browser.clickAndWait("form[action$='/photo'] button[type=submit]");
                browser.upload("#consent-file", consent);
                browser.setValue("#signedOn", "2025-05-01");
                browser.click("#coversName");
                browser.click("#coversPhoto");
                browser.click("#coversStory");
                browser.clickAndWait("form[action$='/consent'] button[type=submit]");
                assertThat(browser.text()).contains("同意有效");
                browser.screenshot("70-promotion-figure-detail");
                browser.signOut();

                browser.signIn("hrss.director", Fixtures.DEMO_PASSWORD);
                browser.open("/promotion/figures?q=" + name);
                browser.screenshot("71-promotion-figure-list");
                browser.clickAndWait("#main table tbody a");
                browser.clickAndConfirm("form[action$='/publish'] button");
                assertThat(browser.text()).contains("已发布到公众页面");
                browser.open("/promotion/events");
                browser.screenshot("72-promotion-event-list");
                browser.open("/promotion/coverage");
                browser.screenshot("73-promotion-coverage-list");
                browser.signOut();

                browser.open("/public/figures");
                assertThat(browser.text()).contains(name);
                browser.screenshot("74-public-figures");
                browser.clickAndWait("a[href$='/public/figures/" + figureId(name) + "']");
                assertThat(browser.text()).contains(name, "带出徒弟一百余人").doesNotContain("1982");
                browser.screenshot("75-public-figure");
                browser.open("/public/events");
                browser.screenshot("76-public-events");

                browser.signIn("changchun.officer", Fixtures.DEMO_PASSWORD);
                browser.open("/promotion/figures/" + figureId(name));
                browser.clickAndConfirm("form[action$='/withdraw-consent'] button");
                assertThat(browser.text()).contains("已从公众页面撤下");
                browser.signOut();
                browser.open("/public/figures");
                assertThat(browser.text()).doesNotContain(name);
            });
        } finally {
            Files.deleteIfExists(consent);
            Files.deleteIfExists(photo);
        }
        assertThat(jdbc.queryForObject("select published from typical_figure where name = ?", Boolean.class, name)).isFalse();
    }

    private long figureId(String name) {
        return jdbc.queryForObject("select id from typical_figure where name = ?", Long.class, name);
    }
}
