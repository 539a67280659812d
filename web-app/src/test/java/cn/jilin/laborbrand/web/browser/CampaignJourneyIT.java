package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.RegistryFixtures;
import cn.jilin.laborbrand.web.TestClock;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A selection campaign in Chromium, from nomination to a published winner: the province creates and opens a
 * 劳务品牌形象代言人 campaign; 长春's officer nominates a person of a designated 长春 brand (found by typing), uploads the consent and a
 * photo and submits; the province closes nominations, checks the nomination and assigns three experts from other
 * prefectures; each declares no conflict and scores; the province closes the scoring, confirms the tier and starts the
 * notice; the public sees the nominee on notice; once the notice has passed (test clock) the province publishes, the
 * public sees the winner with the tier and the province downloads the certificate. Desktop screenshots 50–59 and phone
 * screenshots 80–89 of the public pages in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
class CampaignJourneyIT {

    /** The experts of the demo pool whose home is not 长春 (expert.wang's is). */
    private static final String[][] EXPERTS = {{"expert.li", "李明哲"}, {"expert.zhao", "赵宏伟"}, {"expert.chen", "陈玉洁"}};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    TestClock testClock;
    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    @Test
    void aPersonNominatedByACityIsScoredNoticedAndPublishedAsAWinnerWithACertificate() throws Exception {
        // The demo has no designated 长春 brand: one is registered with the municipal level it holds, as the province would.
        String brand = "长春精工焊匠" + "甲乙丙丁戊己庚辛壬癸".charAt((int) Math.floorMod(System.nanoTime(), 10L));
        registry.levelHeld(registry.brandNamed(brand, "220100"), BrandLevel.MUNICIPAL);
        LocalDate today = LocalDate.now(clock);
        String title = today.getYear() + "年劳务品牌形象代言人评选（旅程" + "甲乙丙丁戊己庚辛壬癸".charAt((int) Math.floorMod(System.nanoTime(), 10L)) + "）";
        String person = "林" + "秀晓春雪玉".charAt((int) Math.floorMod(System.nanoTime(), 5L)) + "英";
        Path consent = Files.createTempFile("consent", ".pdf");
        Files.write(consent, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        Path photo = Files.createTempFile("photo", ".png");
        BufferedImage image = new BufferedImage(160, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2f6db5));
        g.fillRect(0, 0, 160, 200);
        g.setColor(new Color(0xf2c9a0));
        g.fillOval(45, 40, 70, 80);
        g.dispose();
        ImageIO.write(image, "png", photo.toFile());
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-campaign-journey", () -> {
                // The province drafts the campaign and opens it.
                browser.signIn("hrss.director", Fixtures.DEMO_PASSWORD);
                browser.open("/promotion/campaigns/new");
                browser.select("#kind", "AMBASSADOR");
                browser.type("#year", String.valueOf(today.getYear()));
                browser.type("#title", title);
                browser.setValue("#opensOn", today.minusDays(1).toString());
                browser.setValue("#closesOn", today.plusDays(30).toString());
                browser.type("#defaultQuota", "2");
                browser.type("#noticeDays", "5");
                browser.type("#categories", "制造业\n服务业");
                browser.type("#tiers", "金牌代言人：1\n优秀代言人：2");
                browser.type("#weightAchievement", "40");
                browser.type("#weightSkill", "30");
                browser.type("#weightInfluence", "20");
                browser.type("#weightReputation", "10");
                browser.screenshot("50-campaign-form");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.currentPath()).matches("/promotion/campaigns/\\d+");
                long campaignId = Long.parseLong(browser.currentPath().substring("/promotion/campaigns/".length()));
                browser.clickAndConfirm("form[action$='/open'] button");
                assertThat(browser.text()).contains("评选已开始征集", "征集中", "劳务品牌形象代言人");
                browser.open("/promotion/campaigns?q=&state=OPEN");
                assertThat(browser.text()).contains(title);
                browser.screenshot("51-campaign-list");
                browser.signOut();

                // 长春 nominates a person of one of its designated brands, with consent and photo, and submits.
                browser.signIn("changchun.officer", Fixtures.DEMO_PASSWORD);
                browser.open("/promotion/campaigns/" + campaignId);
                browser.clickAndWait("a[href*='/promotion/nominations/new']");
                browser.choose("brandId", brand);
                browser.select("#category", "制造业");
                browser.type("#personName", person);
                browser.select("#personSex", "FEMALE");
                browser.type("#personBirthYear", "1984");
                browser.type("#story", "扎根一线二十年，带领班组攻克多项工艺难题，培养技术骨干六十余人。");
                browser.screenshot("52-nomination-form");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("提名已保存为草稿", person);
                assertThat(browser.currentPath()).matches("/promotion/nominations/\\d+");
                long nominationId = Long.parseLong(browser.currentPath().substring("/promotion/nominations/".length()));
                browser.upload("#file", consent);
                browser.setValue("#signedOn", today.minusDays(2).toString());
                // The form offers name, photo and story ticked; the consent here covers all three.
                for (String box : new String[] {"#coversName1", "#coversPhoto1", "#coversStory1"}) {
                    assertThat(browser.script("return document.querySelector(arguments[0]).checked", box)).as(box).isEqualTo(true);
                }
                browser.clickAndWait("form[action$='/consent'] button[type=submit]");
                assertThat(browser.text()).contains("发布同意已登记");
                browser.upload("#photo-file", photo);
                browser.clickAndWait("form[action$='/photo'] button[type=submit]");
                assertThat(browser.text()).contains("照片已上传");
                browser.clickAndConfirm("form[action$='/submit'] button");
                assertThat(browser.text()).contains("提名已提交", "已提交");
                browser.screenshot("53-nomination-submitted");
                browser.signOut();

                // The province closes nominations, checks the nomination and assigns three experts from outside 长春.
                browser.signIn("hrss.director", Fixtures.DEMO_PASSWORD);
                browser.open("/promotion/campaigns/" + campaignId);
                browser.clickAndConfirm("form[action$='/close'] button");
                assertThat(browser.text()).contains("征集已截止", "评审中", person);
                browser.open("/promotion/nominations/" + nominationId);
                browser.clickAndConfirm("form[action$='/check'] button");
                assertThat(browser.text()).contains("提名已审核通过");
                assertThat(expertEnabled(browser, "王秀兰")).as("expert.wang is from 长春").isFalse();
                for (String[] expert : EXPERTS) {
                    assertThat(expertEnabled(browser, expert[1])).as(expert[1]).isTrue();
                    browser.click("#" + expertBox(browser, expert[1]));
                }
                browser.screenshot("54-nomination-assign");
                browser.clickAndWait("form[action$='/assign'] button[type=submit]");
                assertThat(browser.text()).contains("专家已指派", "专家评审中");
                browser.signOut();

                // Each expert declares no conflict, then scores.
                int[][] scores = {{92, 88, 85, 90}, {86, 90, 80, 84}, {89, 85, 88, 92}};
                for (int e = 0; e < EXPERTS.length; e++) {
                    browser.signIn(EXPERTS[e][0], Fixtures.DEMO_PASSWORD);
                    browser.open("/promotion/reviews");
                    assertThat(browser.text()).contains(title, person);
                    if (e == 0) {
                        browser.screenshot("55-expert-reviews");
                    }
                    browser.open(reviewLink(browser, person));
                    browser.clickAndWait("button[name=conflict][value=false]");
                    assertThat(browser.text()).contains("扎根一线二十年");
                    browser.type("#score-CAMPAIGN_ACHIEVEMENT", String.valueOf(scores[e][0]));
                    browser.type("#score-CAMPAIGN_SKILL", String.valueOf(scores[e][1]));
                    browser.type("#score-CAMPAIGN_INFLUENCE", String.valueOf(scores[e][2]));
                    browser.type("#score-CAMPAIGN_REPUTATION", String.valueOf(scores[e][3]));
                    browser.type("#comment", "事迹突出，材料完整。");
                    if (e == 0) {
                        browser.screenshot("56-expert-score");
                    }
                    browser.clickAndConfirm("form[action$='/score'] button[type=submit]");
                    assertThat(browser.text()).contains("您已评分");
                    browser.signOut();
                }

                // The province closes the scoring, confirms the tier and puts the result on notice.
                browser.signIn("hrss.director", Fixtures.DEMO_PASSWORD);
                browser.open("/promotion/nominations/" + nominationId);
                browser.clickAndConfirm("form[action$='/finish-scoring'] button");
                assertThat(browser.text()).contains("评分已结束", "评审完成");
                browser.open("/promotion/campaigns/" + campaignId);
                browser.select("select[name='tier-" + nominationId + "']", "1");
                browser.screenshot("57-campaign-ranking");
                browser.clickAndConfirm("form[action$='/tiers'] button");
                assertThat(browser.text()).contains("等次已确认");
                browser.clickAndConfirm("form[action$='/start-notice'] button");
                assertThat(browser.text()).contains("评选结果已进入公示", "公示中");
                browser.signOut();

                // The public sees the nominee on notice, without signing in.
                browser.open("/public/campaigns/" + campaignId);
                assertThat(browser.text()).contains(title, "公示期", person, brand, "金牌代言人", "提出异议");
                browser.screenshot("58-public-campaign-notice");
                browser.emulate(375, 812);
                browser.open("/public/campaigns");
                assertThat(browser.text()).contains(title);
                browser.screenshot("80-public-campaigns-notice-phone");
                browser.open("/public/campaigns/" + campaignId);
                browser.screenshot("81-public-campaign-notice-phone");
                browser.emulate(0, 0);

                // The notice passes; the province publishes.
                testClock.travel(Duration.ofDays(7));
                browser.signIn("hrss.director", Fixtures.DEMO_PASSWORD);
                browser.open("/promotion/campaigns/" + campaignId);
                browser.clickAndConfirm("form[action$='/publish'] button");
                assertThat(browser.text()).contains("评选结果已发布", "已发布");
                browser.open("/promotion/nominations/" + nominationId);
                assertThat(browser.text()).contains("入选", "金牌代言人");
                browser.screenshot("59-nomination-won");
                String certificate = (String) browser.asyncScript("var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + '|' + r.headers.get('content-type') + '|'"
                        + " + String.fromCharCode.apply(null, new Uint8Array(b).slice(0, 5)) + '|' + b.byteLength))).catch(e => done('error ' + e));",
                        Duration.ofSeconds(30), "/promotion/nominations/" + nominationId + "/certificate.pdf");
                assertThat(certificate).startsWith("200|application/pdf|%PDF-");
                assertThat(Integer.parseInt(certificate.substring(certificate.lastIndexOf('|') + 1))).isGreaterThan(1000);
                browser.signOut();

                // The public sees the winner with the tier, on a desktop and on a phone.
                browser.open("/public/campaigns/" + campaignId);
                assertThat(browser.text()).contains(title, person, brand, "金牌代言人").doesNotContain("公示期", "提出异议", "1984");
                browser.screenshot("60-public-campaign-result");
                browser.emulate(375, 812);
                browser.open("/public/campaigns");
                browser.screenshot("82-public-campaigns-phone");
                browser.open("/public/campaigns/" + campaignId);
                browser.screenshot("83-public-campaign-result-phone");
                browser.emulate(0, 0);
            });
        } finally {
            Files.deleteIfExists(consent);
            Files.deleteIfExists(photo);
        }
        assertThat(jdbc.queryForObject("select state from selection_campaign where title = ?", String.class, title)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select n.state from nomination n join selection_campaign c on c.id = n.campaign_id "
                + "where c.title = ?", String.class, title)).isEqualTo("WON");
    }

    /** The id of the assignment form's checkbox for the expert named {@code name}. */
    private static String expertBox(Browser browser, String name) {
        return (String) browser.script("return [...document.querySelectorAll(\"form[action$='/assign'] .form-check\")]"
                + ".find(d => d.textContent.includes(arguments[0])).querySelector('input').id", name);
    }

    private static boolean expertEnabled(Browser browser, String name) {
        return (Boolean) browser.script("return ![...document.querySelectorAll(\"form[action$='/assign'] .form-check\")]"
                + ".find(d => d.textContent.includes(arguments[0])).querySelector('input').disabled", name);
    }

    /** The link of the review task list's row of the nominee. */
    private static String reviewLink(Browser browser, String nominee) {
        return (String) browser.script("return [...document.querySelectorAll('#main table tbody tr')]"
                + ".find(r => r.textContent.includes(arguments[0])).querySelector('a').getAttribute('href')", nominee);
    }
}
