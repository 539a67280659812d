package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.web.TestClock;
import cn.jilin.laborbrand.web.publicsite.ShowcaseFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public showcase in Chromium, without signing in: home → directory → a filter → a brand's page, each public page
 * on a desktop and on a phone (375×812), with a screenshot of each (target/screenshots/public-*) and axe-core run in
 * the page: no accessibility violation anywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
class PublicShowcaseIT {

    /** Runs axe on the whole document and answers its violations as text (empty when there are none). */
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (r) {
              done(r.violations.map(function (v) {
                return v.id + ' (' + v.impact + '): ' + v.help + ' → ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');
              }).join('\\n'));
            }).catch(function (e) { done('axe failed: ' + e); });
            """;

    @LocalServerPort
    int port;
    @Autowired
    ShowcaseFixtures showcase;

    @Test
    void aVisitorFindsABrandByRegionAndLevelOnADesktopAndOnAPhoneAndEveryPageIsAccessible() throws Exception {
        String token = ShowcaseFixtures.token("旅程");
        String name = token + "织袜工";
        long brand = showcase.brand(name, "220402", BrandLevel.NATIONAL, IndustrySection.C, BrandType.SKILL, "旅程带头人", null);
        showcase.logo(brand);
        showcase.leadingEnterprise(brand, "辽源" + token + "针织有限公司", "220400", null);
        String axe = axeSource();
        List<String> violations = new ArrayList<>();
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("public-failure", () -> {
                for (String device : List.of("desktop", "phone")) {
                    browser.emulate(device.equals("phone") ? 375 : 0, 812);
                    browser.open("/public");
                    assertThat(browser.find("h1").getText()).isNotBlank();
                    check(browser, axe, device + " home", violations);
                    browser.screenshot("public-home-" + device);

                    if (device.equals("phone")) {
                        // the menu folds behind its button on a phone
                        browser.click("button.navbar-toggler");
                        browser.find("#public-nav .nav-link[href='/public/brands']");
                        browser.screenshot("public-menu-phone");
                        browser.clickAndWait("#public-nav .nav-link[href='/public/brands']");
                    } else {
                        browser.clickAndWait(".public-header .nav-link[href='/public/brands']");
                    }
                    browser.waitForPath("/public/brands");
                    check(browser, axe, device + " directory", violations);
                    browser.screenshot("public-brands-" + device);

                    browser.type("#q", token);
                    browser.select("#region", "220400");
                    browser.select("#level", "NATIONAL");
                    browser.clickAndWait(".public-filters button[type=submit]");
                    assertThat(browser.text()).contains(name);
                    check(browser, axe, device + " filtered directory", violations);
                    browser.screenshot("public-brands-filtered-" + device);

                    browser.clickAndWait(".brand-card-title a");
                    browser.waitForPath("/public/brands/" + brand);
                    assertThat(browser.text()).contains(name, "辽源" + token + "针织有限公司").doesNotContain("旅程带头人");
                    check(browser, axe, device + " brand", violations);
                    browser.screenshot("public-brand-" + device);

                    for (String page : List.of("data", "certificates/verify", "subsidies")) {
                        browser.open("/public/" + page);
                        check(browser, axe, device + " " + page, violations);
                        browser.screenshot("public-" + page.replace('/', '-') + "-" + device);
                    }
                    browser.open("/public?lang=en");
                    check(browser, axe, device + " home in English", violations);
                    browser.screenshot("public-home-en-" + device);
                    browser.open("/public?lang=zh");
                }
                assertThat(violations).as("axe-core violations").isEmpty();
            });
        }
    }

    private static void check(Browser browser, String axe, String page, List<String> violations) {
        browser.script(axe);
        Object found = browser.asyncScript(RUN_AXE, Duration.ofSeconds(60));
        if (found != null && !found.toString().isEmpty()) {
            violations.add(page + ":\n" + found);
        }
    }

    private static String axeSource() throws IOException {
        try (InputStream in = PublicShowcaseIT.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("axe-core vendored in src/test/resources/axe").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
