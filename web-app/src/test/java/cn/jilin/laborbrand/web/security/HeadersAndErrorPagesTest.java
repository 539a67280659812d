package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;

/** What the container sends on the wire: headers, and the error pages a user sees instead of exceptions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class HeadersAndErrorPagesTest {

    @LocalServerPort
    int port;

    private PortalClient client;

    /** A page that fails, to see what a user is shown when the server breaks. */
    @TestConfiguration
    static class FailingPage {
        @Bean
        Breaks breaks() {
            return new Breaks();
        }
    }

    @Controller
    static class Breaks {
        @GetMapping("/test/breaks")
        @PreAuthorize("isAuthenticated()")
        String breaks() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @BeforeEach
    void signIn() throws Exception {
        client = new PortalClient(port);
        client.signIn("changchun.officer", Fixtures.DEMO_PASSWORD);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = client.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Server")).isEmpty();
        assertThat(page.body()).doesNotContain("<script>", "style=\"", "onclick=");
    }

    @Test
    void aRecordOutsideTheScopeIsAChinese404() throws Exception {
        HttpResponse<String> page = client.get("/organisations/999999999");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("页面不存在", "不在您的数据范围内");
    }

    @Test
    void aPageOfAnotherRoleIsAChinese403() throws Exception {
        HttpResponse<String> page = client.get("/admin/audit");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("没有权限").doesNotContain("??", "Forbidden");
    }

    @Test
    void aServerErrorShowsNeitherTheExceptionNorAStackTrace() throws Exception {
        HttpResponse<String> page = client.get("/test/breaks");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("系统繁忙")
                .doesNotContain("secret internal detail", "IllegalStateException", "at cn.jilin", "Whitelabel");
    }

    @Test
    void anUnknownAddressIsAChinese404() throws Exception {
        HttpResponse<String> page = client.get("/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("页面不存在");
    }

    @Test
    void englishComesWithLangEn() throws Exception {
        assertThat(client.get("/?lang=en").body()).contains("Jilin Labor Brand Platform", "Sign out");
        assertThat(client.get("/").body()).contains("Sign out");
        assertThat(client.get("/?lang=zh").body()).contains("退出");
    }
}
