package cn.jilin.laborbrand.platform.testing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context of the tests at a {@link TestDatabase} (the JVM's {@code main} one, or the one named by
 * {@code laborbrand.test-database.name}), with the portal on the application role and Flyway on the owner, and gives
 * it a fixed data key. A test that must see the application without them (the prod-profile checks) sets
 * {@code laborbrand.test-database=false}. Registered in the test-jar's {@code META-INF/spring.factories}, so every
 * module's tests get it.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    /** A fixed, test-only data key (32 zero-to-31 bytes, base64). */
    public static final String TEST_DATA_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("laborbrand.test-database", Boolean.class, true)) {
            return;
        }
        TestDatabase.Coordinates db = TestDatabase.database(environment.getProperty("laborbrand.test-database.name", "main"));
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.username());
        properties.put("spring.datasource.password", db.password());
        properties.put("spring.flyway.user", db.ownerUsername());
        properties.put("spring.flyway.password", db.ownerPassword());
        properties.put("spring.flyway.placeholders.app_role", db.username());
        // always the test key, whatever LABORBRAND_DATA_KEY the shell may hold
        properties.put("laborbrand.data-key", TEST_DATA_KEY);
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }

    /** After the application's own configuration files are read, before the portal's embedded-database fallback. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }
}
