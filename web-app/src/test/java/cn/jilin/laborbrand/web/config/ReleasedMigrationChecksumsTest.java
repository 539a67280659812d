package cn.jilin.laborbrand.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database made from V17's other released text validates (its checksum is recorded under the repository's text);
 * any other change of a released migration still fails validation. Flyway as the portal runs it, on a database of its
 * own, without the application.
 */
class ReleasedMigrationChecksumsTest {

    private static final int OTHER = ReleasedMigrationChecksums.OTHER_RELEASE.get("17")[0];
    private static final int REPOSITORY = ReleasedMigrationChecksums.OTHER_RELEASE.get("17")[1];

    private static Flyway flyway;
    private static JdbcTemplate owner;

    @BeforeAll
    static void migrated() {
        TestDatabase.Coordinates db = TestDatabase.database("checksums");
        flyway = Flyway.configure()
                .dataSource(db.url(), db.ownerUsername(), db.ownerPassword())
                .locations("classpath:db/migration")
                .placeholders(java.util.Map.of("app_role", db.username()))
                .callbacks(new ReleasedMigrationChecksums())
                .load();
        flyway.migrate();
        owner = new JdbcTemplate(new DriverManagerDataSource(db.url(), db.ownerUsername(), db.ownerPassword()));
    }

    private static void record(int checksum) {
        owner.update("update flyway_schema_history set checksum = ? where version = '17'", checksum);
    }

    private static int recorded() {
        return owner.queryForObject("select checksum from flyway_schema_history where version = '17'", Integer.class);
    }

    @Test
    void theRepositoryTextIsTheOneRecorded() {
        assertThat(recorded()).isEqualTo(REPOSITORY);
    }

    @Test
    void aDatabaseOfTheOtherReleasedTextValidates() {
        record(OTHER);
        flyway.validate();
        assertThat(recorded()).isEqualTo(REPOSITORY);
    }

    @Test
    void anyOtherEditStillFails() {
        record(12345);
        try {
            assertThatThrownBy(flyway::validate).isInstanceOf(FlywayValidateException.class);
            assertThat(recorded()).isEqualTo(12345);
        } finally {
            record(REPOSITORY);
        }
    }
}
