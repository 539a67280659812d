package cn.jilin.laborbrand.platform.testing;

import cn.jilin.laborbrand.platform.persistence.DatabaseRoles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server of a test JVM, found in this order:
 * <ol>
 *   <li>{@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER} / {@code TEST_DATABASE_PASSWORD}): a server you run,
 *       whose user may create roles and databases;</li>
 *   <li>Testcontainers, when a Docker engine answers within a few seconds;</li>
 *   <li>an embedded PostgreSQL (io.zonky.test), unpacked and started in a temporary directory;</li>
 *   <li>otherwise the tests fail, saying what to set.</li>
 * </ol>
 * On it, each test JVM gets fresh databases of its own, owned by {@link DatabaseRoles#OWNER} (Flyway migrates as the
 * owner) and used by the portal as {@link DatabaseRoles#APP}, exactly as in production. The main database is
 * {@code main}; a test that changes shared records in bulk asks for another by name
 * ({@code laborbrand.test-database.name}). Databases made on a server of yours are dropped when the JVM ends.
 */
public final class TestDatabase {

    /** The password both roles get in the tests (a server of yours may refuse logins without one). */
    public static final String ROLE_PASSWORD = "laborbrand-test";

    /** JDBC coordinates of one test database: the application role's and the owner's. */
    public record Coordinates(String url, String username, String password, String ownerUsername, String ownerPassword, String source) {
    }

    private record Server(String adminUrl, String adminUser, String adminPassword, String source, boolean external) {
        Connection admin() throws SQLException {
            return DriverManager.getConnection(adminUrl, adminUser, adminPassword);
        }
    }

    private static Server server;
    private static final Map<String, Coordinates> DATABASES = new HashMap<>();

    private TestDatabase() {
    }

    /** The JVM's main test database. */
    public static Coordinates get() {
        return database("main");
    }

    /** A database of this JVM by name, created (fresh) at the first call. */
    public static synchronized Coordinates database(String name) {
        if (server == null) {
            server = start();
        }
        return DATABASES.computeIfAbsent(name, TestDatabase::create);
    }

    private static Coordinates create(String name) {
        String database = "laborbrand_test_" + ProcessHandle.current().pid() + "_" + name.toLowerCase().replaceAll("[^a-z0-9]", "_");
        try (Connection admin = server.admin()) {
            DatabaseRoles.prepare(admin, database, ROLE_PASSWORD, ROLE_PASSWORD, true);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + database + " on " + server.source()
                    + ": its user must be allowed to create roles and databases. " + e.getMessage(), e);
        }
        if (server.external()) {
            Server on = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Connection admin = on.admin()) {
                    DatabaseRoles.drop(admin, database);
                } catch (SQLException ignored) {
                    // the server may be gone already; the database name carries the pid, so nothing else reuses it
                }
            }));
        }
        return new Coordinates(DatabaseRoles.withDatabase(server.adminUrl(), database), DatabaseRoles.APP, ROLE_PASSWORD,
                DatabaseRoles.OWNER, ROLE_PASSWORD, server.source());
    }

    private static Server start() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url, env("TEST_DATABASE_USER", "postgres"), env("TEST_DATABASE_PASSWORD", ""), "TEST_DATABASE_URL", true);
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers", false);
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
            return new Server("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "postgres",
                    "embedded PostgreSQL", false);
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException("""
                    No PostgreSQL for the tests. Either set TEST_DATABASE_URL (and TEST_DATABASE_USER, \
                    TEST_DATABASE_PASSWORD) to a PostgreSQL 15+ server whose user may create roles and databases, or \
                    start a Docker engine for Testcontainers. The embedded PostgreSQL could not start: """ + e.getMessage(), e);
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
