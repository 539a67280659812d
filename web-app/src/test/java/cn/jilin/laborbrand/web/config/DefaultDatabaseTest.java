package cn.jilin.laborbrand.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.LaborBrandApplication;
import cn.jilin.laborbrand.platform.account.AccountService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The run command's database: with nothing configured the portal starts an embedded PostgreSQL in
 * {@code laborbrand.embedded-db.dir}, keeps a data key beside it, switches the demo profile on, and finds the same
 * data (and key) again at the next start.
 */
class DefaultDatabaseTest {

    @TempDir
    Path home;

    private ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(LaborBrandApplication.class)
                .properties("laborbrand.test-database=false", "spring.main.web-application-type=none")
                // an argument, as on the command line: it outranks application.properties
                .run("--laborbrand.embedded-db.dir=" + dataDirectory);
    }

    @Test
    void aFreshDirectoryGetsAFreshDatabaseWithDemoDataThatSurvivesARestart() throws Exception {
        Path dataDirectory = home.resolve("pgdata");
        String key;
        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            assertThat(first.getEnvironment().getActiveProfiles()).contains("demo");
            assertThat(first.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://localhost:");
            assertThat(first.getBean(AccountService.class).loadUserByUsername("changchun.officer").getUsername()).isEqualTo("changchun.officer");
            key = Files.readString(home.resolve("pgdata.key")).strip();
            assertThat(first.getEnvironment().getProperty("laborbrand.data-key")).isEqualTo(key);
        }
        assertThat(Files.isDirectory(dataDirectory)).isTrue();
        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            assertThat(second.getEnvironment().getProperty("laborbrand.data-key")).isEqualTo(key);
            assertThat(second.getBean(AccountService.class).loadUserByUsername("hrss.director").getUsername()).isEqualTo("hrss.director");
        }
    }
}
