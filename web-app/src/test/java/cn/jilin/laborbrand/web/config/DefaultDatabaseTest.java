package cn.jilin.laborbrand.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.LaborBrandApplication;
import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The run command's database: with nothing configured the portal starts an embedded PostgreSQL in
 * {@code laborbrand.embedded-db.dir} (durable, with the owner and application roles of production), keeps a data key
 * beside it, switches the demo profile on, and finds the same data (and key) again at the next start.
 */
class DefaultDatabaseTest {

    @TempDir
    Path home;

    private ConfigurableApplicationContext start(Path dataDirectory, String... arguments) {
        String[] all = new String[arguments.length + 1];
        // arguments, as on the command line: they outrank application.properties
        all[0] = "--laborbrand.embedded-db.dir=" + dataDirectory;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new SpringApplicationBuilder(LaborBrandApplication.class)
                .properties("laborbrand.test-database=false", "spring.main.web-application-type=none")
                .run(all);
    }

    /** These tests see the application's own environment: a database or key exported in the shell would change it. */
    @org.junit.jupiter.api.BeforeAll
    static void theShellConfiguresNoDatabase() {
        assertThat(System.getenv("SPRING_DATASOURCE_URL")).as("unset SPRING_DATASOURCE_URL to run these tests").isNull();
        assertThat(System.getenv("LABORBRAND_DATA_KEY")).as("unset LABORBRAND_DATA_KEY to run these tests").isNull();
    }

    @Test
    void aFreshDirectoryGetsAFreshDatabaseWithDemoDataThatSurvivesARestart() throws Exception {
        Path dataDirectory = home.resolve("pgdata");
        String key;
        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            assertThat(first.getEnvironment().getActiveProfiles()).contains("demo");
            assertThat(first.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://localhost:");
            assertThat(first.getBean(AccountService.class).loadUserByUsername("changchun.officer").getUsername()).isEqualTo("changchun.officer");
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("show fsync", String.class)).as("durable across power loss").isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("laborbrand_app");
            assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'audit_event'", String.class))
                    .isEqualTo("laborbrand_owner");
            key = Files.readString(home.resolve("pgdata.key")).strip();
            assertThat(first.getEnvironment().getProperty("laborbrand.data-key")).isEqualTo(key);
        }
        assertThat(Files.isDirectory(dataDirectory)).isTrue();
        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            assertThat(second.getEnvironment().getProperty("laborbrand.data-key")).isEqualTo(key);
            assertThat(second.getBean(AccountService.class).loadUserByUsername("hrss.director").getUsername()).isEqualTo("hrss.director");
        }
    }

    @Test
    void aNewDatabaseWithoutDemoDataGetsTheThreeAdministratorsOnceEachWithItsOwnOneTimePassword() throws Exception {
        Path dataDirectory = home.resolve("empty");
        Path passwords = home.resolve("first-start/initial-administrators.txt");
        String[] arguments = {"--laborbrand.demo=false", "--laborbrand.bootstrap.password-file=" + passwords};
        try (ConfigurableApplicationContext first = start(dataDirectory, arguments)) {
            assertThat(first.getEnvironment().getActiveProfiles()).doesNotContain("demo");
            AccountService accounts = first.getBean(AccountService.class);
            PasswordEncoder encoder = first.getBean(PasswordEncoder.class);
            Map<String, String> oneTime = Files.readAllLines(passwords).stream().filter(l -> !l.startsWith("#"))
                    .map(l -> l.split("\t")).collect(Collectors.toMap(p -> p[0], p -> p[1]));
            assertThat(oneTime).containsOnlyKeys("sysadmin", "secadmin", "auditor");
            assertThat(Set.copyOf(oneTime.values())).as("each its own password").hasSize(3);
            assertThat(Files.getPosixFilePermissions(passwords)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            oneTime.forEach((username, password) -> {
                SignedInAccount admin = (SignedInAccount) accounts.loadUserByUsername(username);
                assertThat(encoder.matches(password, admin.getPassword())).isTrue();
                assertThat(admin.passwordChangeRequired()).isTrue();
            });
            assertThat(((SignedInAccount) accounts.loadUserByUsername("sysadmin")).roleCodes()).containsExactly("SYSTEM_ADMIN");
            assertThat(((SignedInAccount) accounts.loadUserByUsername("auditor")).roleCodes()).containsExactly("AUDIT_ADMIN");
            assertThatThrownBy(() -> accounts.loadUserByUsername("changchun.officer")).isInstanceOf(UsernameNotFoundException.class);
        }
        String written = Files.readString(passwords);
        try (ConfigurableApplicationContext second = start(dataDirectory, arguments)) {
            assertThat(second.getBean(JdbcTemplate.class).queryForObject("select count(*) from account", Integer.class)).isEqualTo(3);
        }
        assertThat(Files.readString(passwords)).as("written once, never again").isEqualTo(written);
    }
}
