package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sessions live in PostgreSQL, get a new id at sign-in, expire after 30 idle minutes and end at sign-out; their last
 * access is written at most once a minute.
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

    private Long storedLastAccess(String sessionId) {
        return jdbc.query("select last_access_time from spring_session where session_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, sessionId);
    }
}
