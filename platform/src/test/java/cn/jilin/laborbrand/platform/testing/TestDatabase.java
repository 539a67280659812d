package cn.jilin.laborbrand.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL of a test JVM, found in this order:
 * <ol>
 *   <li>{@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER} / {@code TEST_DATABASE_PASSWORD}): a server you run;</li>
 *   <li>Testcontainers, when a Docker engine answers within a few seconds;</li>
 *   <li>an embedded PostgreSQL (io.zonky.test), unpacked and started in a temporary directory;</li>
 *   <li>otherwise the tests fail, saying what to set.</li>
 * </ol>
 */
public final class TestDatabase {

    /** JDBC coordinates of the database. */
    public record Coordinates(String url, String username, String password, String source) {
    }

    private static Coordinates coordinates;

    private TestDatabase() {
    }

    public static synchronized Coordinates get() {
        if (coordinates == null) {
            coordinates = start();
        }
        return coordinates;
    }

    private static Coordinates start() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new Coordinates(url, env("TEST_DATABASE_USER", "postgres"), env("TEST_DATABASE_PASSWORD", ""), "TEST_DATABASE_URL");
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the temporary directory goes with it
                }
            }));
            return new Coordinates(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded PostgreSQL");
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException("""
                    No PostgreSQL for the tests. Either set TEST_DATABASE_URL (and TEST_DATABASE_USER, \
                    TEST_DATABASE_PASSWORD) to a PostgreSQL 15+ database the tests may fill, or start a Docker engine \
                    for Testcontainers. The embedded PostgreSQL could not start: """ + e.getMessage(), e);
        }
    }

    /** Docker's client library may hang on a missing socket, so the question gets a deadline. */
    private static boolean dockerAnswers() {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "docker-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Boolean> answer = executor.submit(() -> DockerClientFactory.instance().isDockerAvailable());
            return answer.get(5, TimeUnit.SECONDS);
        } catch (Exception | LinkageError e) {
            return false;
        } finally {
            executor.shutdownNow();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
