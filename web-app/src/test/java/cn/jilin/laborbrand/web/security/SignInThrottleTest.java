package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in failures are limited per client address as well as per account: past the limit an address is turned away
 * before any password is checked, even with the right one, and its further attempts are counted, not logged one by one.
 */
@PortalTest
class SignInThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String attempt(String address, String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(from(address)))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private int audited(String address, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where ip = ? and action = ?", Integer.class, address, action);
    }

    @Test
    void anAddressThatFailsTooOftenIsTurnedAwayAndItsFloodIsCountedNotLogged() throws Exception {
        String flooding = "198.51.100.77";
        String username = Fixtures.uniqueUsername("victim");
        fixtures.account(username, "吉林省教育厅", false);
        int max = SignInThrottle.FAILURES.max();
        for (int i = 0; i < max; i++) {
            assertThat(attempt(flooding, "no.such.user." + i, "guess-" + i)).isEqualTo("/login?error");
        }
        for (int i = 0; i < 200; i++) {
            assertThat(attempt(flooding, "no.such.user.x" + i, "guess")).isEqualTo("/login?throttled");
        }
        assertThat(attempt(flooding, username, Fixtures.DEMO_PASSWORD)).as("even the right password waits").isEqualTo("/login?throttled");
        assertThat(audited(flooding, "login.failure")).isEqualTo(max);
        assertThat(audited(flooding, "login.throttled")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select refused from rate_limit where bucket_key = ?", Integer.class, "sign-in-failures:" + flooding))
                .isEqualTo(201);

        assertThat(attempt("198.51.100.78", username, Fixtures.DEMO_PASSWORD)).as("another address signs in").isEqualTo("/");
    }
}
