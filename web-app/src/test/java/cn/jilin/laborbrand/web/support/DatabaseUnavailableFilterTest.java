package cn.jilin.laborbrand.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import java.net.ServerSocket;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * With the database unreachable (a real pool pointed at a port nobody listens on), a request ends in a 503 page in
 * the visitor's language, or JSON for the API, instead of an error page or a hang; other failures pass through.
 */
class DatabaseUnavailableFilterTest {

    private HikariDataSource away;
    private DatabaseUnavailableFilter filter;

    @BeforeEach
    void setUp() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/laborbrand");
        config.setUsername("nobody");
        config.setPassword("nothing");
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1);
        away = new HikariDataSource(config);

        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        CookieLocaleResolver locales = new CookieLocaleResolver("lang");
        locales.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        filter = new DatabaseUnavailableFilter(new Messages(source), locales);
    }

    @AfterEach
    void tearDown() {
        away.close();
    }

    /** What a page does: a transaction, then a query. */
    private FilterChain pageThatNeedsTheDatabase() {
        return (request, response) -> new TransactionTemplate(new DataSourceTransactionManager(away))
                .execute(status -> new JdbcTemplate(away).queryForObject("select 1", Integer.class));
    }

    @Test
    void aPageAnswers503InChineseWhenTheDatabaseIsAway() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/brands"), response, pageThatNeedsTheDatabase());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("系统暂时无法使用", "lang=\"zh-CN\"");
    }

    @Test
    void englishVisitorsAndTheApiGetTheirOwnForm() throws Exception {
        MockHttpServletRequest english = new MockHttpServletRequest("POST", "/login");
        english.setCookies(new Cookie("lang", "en"));
        MockHttpServletResponse page = new MockHttpServletResponse();
        filter.doFilter(english, page, pageThatNeedsTheDatabase());
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContentAsString()).contains("Temporarily unavailable");

        MockHttpServletResponse json = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/brands"), json, pageThatNeedsTheDatabase());
        assertThat(json.getStatus()).isEqualTo(503);
        assertThat(json.getContentType()).startsWith("application/json");
        assertThat(json.getContentAsString()).startsWith("{\"status\":503,");
    }

    @Test
    void aConnectionCutByARestartingServerIsAnOutageToo() {
        // what PostgreSQL sends to open connections when it is stopped or restarted (pg_ctl stop -m fast)
        RuntimeException cut = new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
                new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertThat(DatabaseUnavailableFilter.databaseAway(cut)).isTrue();
        assertThat(DatabaseUnavailableFilter.databaseAway(new java.sql.SQLException("starting up", "57P03"))).isTrue();
        // the rollback of a request whose connection broke: Hikari's closed connection, wrapped by Hibernate and Spring
        assertThat(DatabaseUnavailableFilter.databaseAway(new org.springframework.orm.jpa.JpaSystemException(
                new RuntimeException("Unable to rollback against JDBC Connection", new java.sql.SQLException("Connection is closed"))))).isTrue();
        assertThat(DatabaseUnavailableFilter.databaseAway(new java.sql.SQLException("deadlock detected", "40P01"))).isFalse();
    }

    @Test
    void otherFailuresAreNotMistakenForAnOutage() {
        FilterChain failing = (request, response) -> {
            throw new DataIntegrityViolationException("duplicate key");
        };
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("POST", "/brands"), new MockHttpServletResponse(), failing))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
