package cn.jilin.laborbrand.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.LaborBrandApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Profile prod refuses to start without a real database, a data key and a migration role apart from the portal's, and
 * never brings demo accounts.
 */
class ProdProfileTest {

    private static SpringApplicationBuilder prod(String... properties) {
        return new SpringApplicationBuilder(LaborBrandApplication.class)
                .profiles("prod")
                .properties("spring.main.web-application-type=none")
                .properties(properties);
    }

    /** These tests see the application's own environment: a database or key exported in the shell would change it. */
    @org.junit.jupiter.api.BeforeAll
    static void theShellConfiguresNoDatabase() {
        assertThat(System.getenv("SPRING_DATASOURCE_URL")).as("unset SPRING_DATASOURCE_URL to run these tests").isNull();
        assertThat(System.getenv("LABORBRAND_DATA_KEY")).as("unset LABORBRAND_DATA_KEY to run these tests").isNull();
    }

    @Test
    void refusesToStartWithoutDatabaseAndDataKey() {
        assertThatThrownBy(() -> prod("laborbrand.test-database=false").run())
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("LABORBRAND_DATA_KEY");
    }

    @Test
    void refusesAKeyThatIsNotThirtyTwoBytes() {
        assertThatThrownBy(() -> prod("laborbrand.test-database=false", "spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "laborbrand.data-key=c2hvcnQ=").run())
                .hasMessageContaining("32 bytes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SPRING_DATASOURCE_URL"));
    }

    @Test
    void refusesToMigrateAsThePortalsOwnRole() {
        assertThatThrownBy(() -> prod("laborbrand.test-database=false", "spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "spring.datasource.username=laborbrand", "laborbrand.data-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=").run())
                .hasMessageContaining("SPRING_FLYWAY_USER");
        assertThatThrownBy(() -> prod("laborbrand.test-database=false", "spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "spring.datasource.username=laborbrand", "spring.flyway.user=laborbrand",
                "laborbrand.data-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=").run())
                .hasMessageContaining("SPRING_FLYWAY_USER");
    }

    @Test
    void refusesTheDemoProfile() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(LaborBrandApplication.class).profiles("prod", "demo")
                .properties("spring.main.web-application-type=none").run())
                .hasMessageContaining("demo profile cannot run with prod");
    }

    @Test
    void startsOnAConfiguredDatabaseWithoutDemoData() {
        try (ConfigurableApplicationContext context = prod().run()) {
            assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("prod");
            assertThat(context.getBeansOfType(ApplicationRunner.class).keySet()).noneMatch(name -> name.toLowerCase().contains("demo"));
        }
    }
}
