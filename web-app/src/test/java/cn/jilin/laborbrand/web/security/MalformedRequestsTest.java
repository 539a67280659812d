package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Requests the portal cannot read, on the wire: each is a 4xx page in Chinese, never a server error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class MalformedRequestsTest {

    @LocalServerPort
    int port;

    private PortalClient client;

    @BeforeEach
    void signIn() throws Exception {
        client = new PortalClient(port);
        client.signIn("changchun.officer", Fixtures.DEMO_PASSWORD);
    }

    @Test
    void aMultipartBodyThatCannotBeParsedIsABadRequest() throws Exception {
        String token = client.csrfToken("/account/password");
        HttpResponse<String> unterminated = multipart(token, "--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno closing boundary");
        assertThat(unterminated.statusCode()).isEqualTo(400);
        assertThat(unterminated.body()).contains("请求无法处理").doesNotContain("Whitelabel", "Exception");

        // a body with no parts at all reads as a form left empty: the form again, with its errors
        for (String body : new String[] {"not multipart at all", "--XYZ\r\nContent-Disposition: form-data; name=\"a\r\n\r\n--XYZ--"}) {
            assertThat(multipart(token, body).statusCode()).as(body).isLessThan(500);
        }
    }

    private HttpResponse<String> multipart(String token, String body) throws Exception {
        return client.send("/account/password", r -> r.header("Content-Type", "multipart/form-data; boundary=XYZ")
                .header("X-CSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aParameterOfTheWrongTypeIsAChinese400PageAndAnIdThatIsNotANumberA404() throws Exception {
        HttpResponse<String> filter = client.get("/brands?level=%3Csvg%3E");
        assertThat(filter.statusCode()).isEqualTo(400);
        assertThat(filter.body()).contains("请求无法处理", "请返回上一页").doesNotContain("<svg>");

        HttpResponse<String> id = client.get("/brands/abc");
        assertThat(id.statusCode()).isEqualTo(404);
        assertThat(id.body()).contains("页面不存在");
    }

    @Test
    void aRequiredParameterLeftOutIsAChinese400Page() throws Exception {
        String token = client.csrfToken("/brands");
        HttpResponse<String> page = client.send("/brand-applications/1/designate", r -> r
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("请求无法处理");
    }
}
