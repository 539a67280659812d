package cn.jilin.laborbrand.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.LaborBrandApplication;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Grows a demo database to a province's volume for the page benchmark (see bench/README.md). Not part of the suite
 * (its name matches no test pattern): {@code bench/province.sh generate} runs it. It starts the portal (without the
 * web) on an embedded database of its own directory, so that the demo data, the data key and the migrations are
 * exactly the portal's, then adds the rows of {@link ProvinceGrowth} through the portal's own encryption, and stops.
 * It asserts that the rows arrived, never a time.
 */
class ProvinceDataGenerator {

    @Test
    void generate() throws Exception {
        ProvinceGrowth.Profile profile = ProvinceGrowth.Profile.valueOf(System.getProperty("bench.profile", "small").toUpperCase());
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-" + profile.name().toLowerCase() + "/pgdata")).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(LaborBrandApplication.class)
                .web(WebApplicationType.NONE)
                .run("--laborbrand.test-database=false", "--laborbrand.embedded-db.dir=" + dir,
                        "--laborbrand.embedded-db.port=" + System.getProperty("bench.db-port", "0"), "--spring.main.banner-mode=off");
        try {
            Environment env = portal.getEnvironment();
            PersonalDataCipher cipher = portal.getBean(PersonalDataCipher.class);
            // as the owner of the tables (the migrations' role): it may also ANALYZE them
            try (Connection owner = DriverManager.getConnection(env.getRequiredProperty("spring.datasource.url"),
                    env.getRequiredProperty("spring.flyway.user"), env.getProperty("spring.flyway.password", ""))) {
                ProvinceGrowth growth = new ProvinceGrowth(owner, cipher, profile);
                String report = growth.grow();
                System.out.println("=== province data generator (" + profile + ", " + dir + ") ===\n" + report);
                Files.writeString(dir.resolveSibling("generated.txt"), report);
                assertThat(growth.grown()).isTrue();
                assertThat(growth.count("audit_event")).isGreaterThanOrEqualTo(profile.auditEvents());
            }
        } finally {
            portal.close();
        }
    }
}
