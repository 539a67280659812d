package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sessions live in PostgreSQL, get a new id at sign-in, expire after 30 idle minutes and end at sign-out; their last
 * access is written at most once a minute; requests of one session sent at once do not fail on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SessionTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signingInIssuesANewSessionIdKeptInTheDatabase() throws Exception {
        PortalClient client = new PortalClient(port);
        client.get("/login");
        String before = client.cookie("SESSION");
        assertThat(before).isNotNull();

        assertThat(PortalClient.location(client.signIn("yanbian.officer", Fixtures.DEMO_PASSWORD))).isEqualTo("/");
        String after = client.cookie("SESSION");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = 'yanbian.officer' "
                + "order by last_access_time desc limit 1", Integer.class)).isEqualTo(30 * 60);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        PortalClient client = new PortalClient(port);
        client.signIn("liaoyuan.officer", Fixtures.DEMO_PASSWORD);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(PortalClient.location(client.post("/", "/logout", Map.of()))).isEqualTo("/login?logout");
        assertThat(PortalClient.location(client.get("/"))).isEqualTo("/login");
    }

    @Test
    void aSessionsLastAccessIsWrittenOnlyWhenAMinuteOrMoreBehind() throws Exception {
        PortalClient client = new PortalClient(port);
        client.signIn("changchun.officer", Fixtures.DEMO_PASSWORD);
        String id = new String(Base64.getDecoder().decode(client.cookie("SESSION")), StandardCharsets.US_ASCII);
        assertThat(storedLastAccess(id)).as("the sign-in stored the session under its new id").isNotNull();

        jdbc.update("update spring_session set last_access_time = last_access_time - 30000, expiry_time = expiry_time - 30000"
                + " where session_id = ?", id);
        long halfAMinuteAgo = storedLastAccess(id);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(storedLastAccess(id)).as("30 s behind: not written").isEqualTo(halfAMinuteAgo);

        jdbc.update("update spring_session set last_access_time = last_access_time - 31000, expiry_time = expiry_time - 31000"
                + " where session_id = ?", id);
        long aMinuteAgo = storedLastAccess(id);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(storedLastAccess(id)).as("61 s behind: written").isGreaterThanOrEqualTo(aMinuteAgo + 61_000);
        assertThat(jdbc.queryForObject("select expiry_time - last_access_time from spring_session where session_id = ?",
                Long.class, id)).isEqualTo(30 * 60 * 1000L);
    }

    @Test
    void theSignInStoresTheCsrfTokenSoThatPagesOpenedAtOnceAfterItShareOne() throws Exception {
        PortalClient client = new PortalClient(port);
        client.signIn("nongan.officer", Fixtures.DEMO_PASSWORD);
        String id = sessionId(client);
        assertThat(attributeCount(id, CSRF_TOKEN)).as("the token is stored by the sign-in itself").isEqualTo(1);
        byte[] token = storedAttribute(id, CSRF_TOKEN);

        List<HttpResponse<String>> pages = atOnce(client, 12, "/");
        assertThat(pages).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(pages).allSatisfy(page -> assertThat(page.body()).contains("name=\"_csrf\""));
        assertThat(storedAttribute(id, CSRF_TOKEN)).as("no page made a token of its own").isEqualTo(token);
        assertThat(PortalClient.location(client.post("/", "/logout", Map.of()))).as("a form of these pages is accepted")
                .isEqualTo("/login?logout");
    }

    @Test
    void requestsOfOneSessionAddingTheSameAttributeAtOnceAllSucceed() throws Exception {
        PortalClient client = new PortalClient(port);
        client.signIn("yanbian.officer", Fixtures.DEMO_PASSWORD);
        String id = sessionId(client);
        for (int round = 0; round < 3; round++) {
            // as a session from before the sign-in made its token: every page now adds the attribute at once
            jdbc.update("delete from spring_session_attributes where attribute_name = ? and session_primary_id = "
                    + "(select primary_id from spring_session where session_id = ?)", CSRF_TOKEN, id);

            assertThat(atOnce(client, 12, "/account/password")).extracting(HttpResponse::statusCode).containsOnly(200);
            assertThat(attributeCount(id, CSRF_TOKEN)).isEqualTo(1);
        }
        assertThat(client.get("/").statusCode()).as("the session goes on").isEqualTo(200);
    }

    private static final String CSRF_TOKEN = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";

    /** {@code count} requests of PATH sent together (released by one latch), in the client's session. */
    private static List<HttpResponse<String>> atOnce(PortalClient client, int count, String path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return client.get(path);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private byte[] storedAttribute(String sessionId, String attribute) {
        return jdbc.queryForObject("select a.attribute_bytes from spring_session_attributes a join spring_session s"
                + " on s.primary_id = a.session_primary_id where s.session_id = ? and a.attribute_name = ?", byte[].class, sessionId, attribute);
    }

    private static String sessionId(PortalClient client) {
        return new String(Base64.getDecoder().decode(client.cookie("SESSION")), StandardCharsets.US_ASCII);
    }

    private int attributeCount(String sessionId, String attribute) {
        return jdbc.queryForObject("select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id"
                + " where s.session_id = ? and a.attribute_name = ?", Integer.class, sessionId, attribute);
    }

    private Long storedLastAccess(String sessionId) {
        return jdbc.query("select last_access_time from spring_session where session_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, sessionId);
    }
}
