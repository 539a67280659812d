package cn.jilin.laborbrand.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.LaborBrandApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo accounts, whose password is published, exist only in the embedded default database: on a configured database
 * the portal never creates them unless the demo profile is asked for by name.
 */
class ConfiguredDatabaseTest {

    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(LaborBrandApplication.class)
                .properties("laborbrand.test-database.name=configured", "spring.main.web-application-type=none")
                .run(arguments);
    }

    @Test
    void aConfiguredDatabaseGetsNoDemoAccountsUnlessAskedByName() {
        try (ConfigurableApplicationContext portal = start("--laborbrand.demo=true")) {
            assertThat(portal.getEnvironment().getActiveProfiles()).doesNotContain("demo");
            assertThat(portal.getBeansOfType(ApplicationRunner.class).keySet()).noneMatch(name -> name.toLowerCase().contains("demo"));
            assertThat(portal.getBean(JdbcTemplate.class).queryForObject("select count(*) from account", Integer.class)).isZero();
        }
        try (ConfigurableApplicationContext portal = start("--spring.profiles.active=demo")) {
            assertThat(portal.getBean(JdbcTemplate.class).queryForObject("select count(*) from account where username = 'hrss.director'",
                    Integer.class)).isEqualTo(1);
        }
    }
}
