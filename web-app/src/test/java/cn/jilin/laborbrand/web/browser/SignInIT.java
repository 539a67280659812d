package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.web.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A city officer signs in through the real form in Chromium, finds their home page and their area, and signs out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SignInIT {

    @LocalServerPort
    int port;

    @Test
    void aCityOfficerSignsInSeesTheirPartAndSignsOut() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.open("/");
            browser.waitForPath("/login");
            Path login = browser.screenshot("01-login");

            browser.signIn("changchun.officer", Fixtures.DEMO_PASSWORD);
            browser.waitForPath("/");
            assertThat(browser.find("h1").getText()).isEqualTo("刘洋，您好");
            assertThat(browser.text()).contains("长春市人力资源和社会保障局", "市县经办人", "长春市及所辖县（市、区）的数据")
                    .doesNotContain("账户管理", "审计日志");
            Path home = browser.screenshot("02-home-changchun-officer");

            browser.click("a.nav-link[href='/organisations']");
            browser.waitForPath("/organisations");
            assertThat(browser.text()).contains("长春市南关区人力资源和社会保障局").doesNotContain("辽源市人力资源和社会保障局");
            browser.screenshot("03-organisations-changchun");

            browser.open("/organisations?lang=en");
            assertThat(browser.find("h1").getText()).isEqualTo("Organisations");
            browser.screenshot("04-organisations-english");
            browser.open("/?lang=zh");

            browser.click("form[action='/logout'] button");
            browser.waitForPath("/login");
            assertThat(browser.text()).contains("您已安全退出");

            assertThat(Files.size(login)).isPositive();
            assertThat(Files.size(home)).isGreaterThan(Files.size(login) / 4);
        }
    }
}
