package cn.jilin.laborbrand.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.testing.TestDatabase;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V16_3 on certificates recorded with a free-text issuer: a text that is a directory organisation's name (or alias)
 * becomes that organisation; any other text stays as a legacy label; a number stays unique per issuer.
 */
class CertificateIssuerMigrationTest {

    private static Flyway flyway(TestDatabase.Coordinates db, String target) {
        return Flyway.configure().dataSource(db.url(), db.ownerUsername(), db.ownerPassword()).locations("classpath:db/migration")
                .placeholders(Map.of("app_role", db.username())).target(target).load();
    }

    @Test
    void freeTextIssuersBecomeDirectoryOrganisationsWhereTheNameMatchesElseLegacyLabels() {
        TestDatabase.Coordinates db = TestDatabase.database("issuer_migration");
        // everything before V16_3, whatever migrations other work adds below it
        MigrationVersion issuer = MigrationVersion.fromVersion("16.3");
        MigrationVersion before = Arrays.stream(flyway(db, "latest").info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(issuer) < 0).max(Comparator.naturalOrder()).orElseThrow();
        flyway(db, before.getVersion()).migrate();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(db.url(), db.ownerUsername(), db.ownerPassword()));
        long school = jdbc.queryForObject("insert into organisation (name, kind, region_code) values ('迁移测试培训学校', 'INSTITUTION', '220102') "
                + "returning id", Long.class);
        long institution = jdbc.queryForObject("insert into institution (organisation_id, name, region_code, kind, address, contact_name, "
                + "contact_phone_cipher) values (?, '迁移测试培训学校', '220102', 'TRAINING_INSTITUTION', '长春', '某人', 'x') returning id", Long.class, school);
        long course = jdbc.queryForObject("insert into training_course (name, occupation_code, institution_id, organisation_id, region_code, "
                + "start_date, end_date, hours, subsidised, status) values ('迁移班', '6-22-01-01', ?, ?, '220102', date '2024-03-01', "
                + "date '2024-04-01', 100, true, 'FINISHED') returning id", Long.class, institution, school);
        long trainee = jdbc.queryForObject("insert into trainee (course_id, organisation_id, region_code, name, resident_id_cipher, "
                + "resident_id_index, birth_date, sex) values (?, ?, '220102', '迁移甲', 'x', 'y', date '1990-01-01', 'MALE') returning id",
                Long.class, course, school);
        String[][] rows = {
                {"M-1", "迁移测试培训学校"}, {"M-2", " 迁移测试培训学校 "}, {"M-3", "吉林省市场监管局"}, {"M-4", "某县职业技能鉴定站"},
                {"M-5", "吉林省市场监管厅"}, {"M-5", "吉林省市场监管局"}};
        for (String[] row : rows) {
            jdbc.update("insert into certificate (number, issuer, trainee_id, course_id, organisation_id, region_code, holder_name, kind, "
                    + "occupation_code, issue_date) values (?, ?, ?, ?, ?, '220102', '迁移甲', 'QUALIFICATION', '6-22-01-01', date '2024-05-01')",
                    row[0], row[1], trainee, course, school);
        }

        flyway(db, "16.3").migrate();

        long regulator = jdbc.queryForObject("select id from organisation where name = '吉林省市场监管厅'", Long.class);
        assertThat(issuer(jdbc, "M-1")).isEqualTo(school + "|");
        assertThat(issuer(jdbc, "M-2")).isEqualTo(school + "|");
        assertThat(issuer(jdbc, "M-3")).as("matched by the directory's alias").isEqualTo(regulator + "|");
        assertThat(issuer(jdbc, "M-4")).isEqualTo("|某县职业技能鉴定站");
        // two rows that would share issuer and number: the older is mapped, the newer keeps its label
        assertThat(jdbc.queryForList("select coalesce(issuer_id::text, '') || '|' || coalesce(legacy_issuer, '') from certificate "
                + "where number = 'M-5' order by id", String.class)).containsExactly(regulator + "|", "|吉林省市场监管局");
    }

    private static String issuer(JdbcTemplate jdbc, String number) {
        return jdbc.queryForObject("select coalesce(issuer_id::text, '') || '|' || coalesce(legacy_issuer, '') from certificate where number = ?",
                String.class, number);
    }
}
