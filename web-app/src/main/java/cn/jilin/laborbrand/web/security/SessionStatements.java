package cn.jilin.laborbrand.web.security;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Two of Spring Session's statements, adapted: a session's last access is written at most once a minute, and an
 * attribute two requests add at once is stored once instead of failing one of them.
 *
 * <p><b>Last access.</b> Spring Session marks a session changed on every request (its last-access time moved) and updates its row: a new
 * row version, its four index entries (the expiry time is indexed, so the update is never in place) and a commit that
 * waits for the log, on the same cores that serve the pages. The update below is the library's own statement with
 * one condition added: it writes only when something else changed (id, principal, idle timeout) or the stored last
 * access is {@link #RESOLUTION} or more behind. A session therefore idles out between 29 and 30 minutes after its
 * last request, instead of exactly 30; nothing else reads the stored time.
 *
 * <p><b>Attributes.</b> Two requests of one session that both add the same attribute (a second tab opened while the
 * first page loads, two forms sent at once each leaving a flash message) both insert its row; the library's plain
 * {@code INSERT} failed the second on the primary key, and that request answered 500 after its work was done. The
 * insert below keeps the later value instead. (The CSRF token, the attribute every page adds, is made at sign-in
 * already: {@link PasswordAwareSuccessHandler}.)
 *
 * <p>Set after the repository is configured (Spring Boot's own customizer sets the table name, which rebuilds every
 * query), so the order of customizers does not matter.
 */
@Component
class SessionStatements implements BeanPostProcessor {

    /** How far behind the stored last access may be before a request writes it. */
    static final Duration RESOLUTION = Duration.ofMinutes(1);

    static final String UPDATE_SESSION_QUERY = """
            UPDATE %TABLE_NAME% AS S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                         CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                         CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) AS V
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %RESOLUTION%)
            """.replace("%RESOLUTION%", Long.toString(RESOLUTION.toMillis()));

    static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcIndexedSessionRepository repository) {
            repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
            repository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
        }
        return bean;
    }
}
