package cn.jilin.laborbrand.training.trainee;

import static cn.jilin.laborbrand.training.TrainingTestData.as;
import static cn.jilin.laborbrand.training.TrainingTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetExport;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster import in the database: a clean file is streamed in by COPY with the course's owner and region, encrypted,
 * birth date and sex from the ID; a file with one bad row stores nothing, even when many rows before it were sent.
 */
@SpringBootTest(classes = TrainingTestApplication.class)
class RosterImportServiceTest {

    @Autowired
    RosterImportService imports;
    @Autowired
    TrainingTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    TraineeLookupService lookups;

    private final List<Path> files = new ArrayList<>();

    @AfterEach
    void deleteFiles() throws IOException {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    private Path workbook(List<List<String>> rows) throws IOException {
        Path file = Files.createTempFile("roster-", ".xlsx");
        files.add(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            SpreadsheetExport.write("名册", RosterColumns.HEADERS, rows, out);
        }
        return file;
    }

    private static List<String> row(String name, String id) {
        return Arrays.asList(name, id, "13812345678", "220402", "脱贫人口", null, null);
    }

    @Test
    void aCleanFileOfSeveralBatchesStoresEveryRowWithTheCoursesOwnerAndRegion() throws IOException {
        TrainingCourse course = data.course(data.institution("220402"));
        int count = 1_001;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row("批量" + i, residentId("220402")));
        }
        String first = rows.get(0).get(1);
        Path file = workbook(rows);
        ImportResult result = as(() -> imports.importRoster(course.getId(), file, DataScope.province()));

        assertThat(result.accepted()).isTrue();
        assertThat(result.imported()).isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(*) from trainee where course_id = ? and organisation_id = ? and region_code = ?", Long.class,
                course.getId(), course.getOrganisationId(), course.getRegionCode())).isEqualTo(count);
        var stored = jdbc.queryForMap("select resident_id_cipher, birth_date, sex, priority_groups from trainee where course_id = ? and name = '批量0'",
                course.getId());
        assertThat(stored.get("resident_id_cipher").toString()).doesNotContain(first);
        assertThat(stored.get("birth_date").toString()).isEqualTo(first.substring(6, 10) + "-" + first.substring(10, 12) + "-" + first.substring(12, 14));
        assertThat(stored.get("sex")).isEqualTo((first.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
        assertThat(stored.get("priority_groups")).isEqualTo("POVERTY_ALLEVIATED");
    }

    @Test
    void aFileWithOneBadRowStoresNothingAndSaysWhere() throws IOException {
        TrainingCourse course = data.course(data.institution("220402"));
        String twice = residentId("220402");
        List<List<String>> rows = List.of(row("甲", twice), row("乙", residentId("220402")), row("丙", twice));
        Path file = workbook(rows);
        ImportResult result = as(() -> imports.importRoster(course.getId(), file, DataScope.province()));

        assertThat(result.accepted()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.reasonKey()).isEqualTo("roster.error.duplicateInFile");
        });
        assertThat(jdbc.queryForObject("select count(*) from trainee where course_id = ?", Long.class, course.getId())).isZero();
    }

    @Test
    void aBadRowAfterThousandsSentToTheDatabaseLeavesNoneOfThemAndTheRejectionIsRecorded() throws IOException {
        TrainingCourse course = data.course(data.institution("220402"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            rows.add(row("先行" + i, residentId("220402")));
        }
        // about 900 KB of COPY data precede it, far beyond the writer's 64 KB buffer: those rows reached the database
        rows.add(Arrays.asList("坏电话", residentId("220402"), "1234", "220402", null, null, null));
        rows.add(row("其后", residentId("220402")));
        Path file = workbook(rows);
        long rejectionsBefore = rejections(course);
        ImportResult result = as(() -> imports.importRoster(course.getId(), file, DataScope.province()));

        assertThat(result.accepted()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3_002);
            assertThat(e.reasonKey()).isEqualTo("training.phone.format");
        });
        assertThat(jdbc.queryForObject("select count(*) from trainee where course_id = ?", Long.class, course.getId())).isZero();
        // the import's transaction went on after the COPY was undone: its audit record is there
        assertThat(rejections(course)).isEqualTo(rejectionsBefore + 1);
    }

    @Test
    void storedIdsAndPhonesDecryptAndTheBlindIndexIsTheOneLookupsUse() throws IOException {
        TrainingCourse course = data.course(data.institution("220402"));
        String withPhone = residentId("220402");
        String withoutPhone = residentId("220402");
        Path file = workbook(List.of(Arrays.asList("反\\斜杠", withPhone, "139-1234-5678", "220402", "脱贫人口、农村留守妇女", "长春\\一汽", "2024-03-01"),
                Arrays.asList("无电话", withoutPhone, null, null, null, null, null)));
        ImportResult result = as(() -> imports.importRoster(course.getId(), file, DataScope.province()));
        assertThat(result.accepted()).isTrue();

        var first = jdbc.queryForMap("select * from trainee where course_id = ? and resident_id_index = ?", course.getId(),
                cipher.blindIndex(withPhone));
        assertThat(cipher.decrypt((String) first.get("resident_id_cipher"))).isEqualTo(withPhone);
        assertThat(cipher.decrypt((String) first.get("phone_cipher"))).isEqualTo("13912345678");
        assertThat(first.get("name")).isEqualTo("反\\斜杠");
        assertThat(first.get("employer")).isEqualTo("长春\\一汽");
        assertThat(first.get("employed_since").toString()).isEqualTo("2024-03-01");
        assertThat(first.get("home_region_code")).isEqualTo("220402");
        assertThat(first.get("priority_groups")).isEqualTo("POVERTY_ALLEVIATED,LEFT_BEHIND_WOMEN");
        var second = jdbc.queryForMap("select * from trainee where course_id = ? and resident_id_index = ?", course.getId(),
                cipher.blindIndex(withoutPhone));
        assertThat(cipher.decrypt((String) second.get("resident_id_cipher"))).isEqualTo(withoutPhone);
        assertThat(second.get("phone_cipher")).isNull();
        assertThat(second.get("home_region_code")).isNull();
        assertThat(second.get("employer")).isNull();
        assertThat(second.get("priority_groups")).isEqualTo("");

        List<Trainee> found = as(() -> lookups.findInCourse(course.getId(), withPhone, DataScope.province()));
        assertThat(found).singleElement().satisfies(t -> assertThat(t.getName()).isEqualTo("反\\斜杠"));
        // importing the same people again is refused by the stored hashes
        Path again = workbook(List.of(row("再次", withoutPhone)));
        ImportResult twice = as(() -> imports.importRoster(course.getId(), again, DataScope.province()));
        assertThat(twice.errors()).singleElement().satisfies(e -> assertThat(e.reasonKey()).isEqualTo("roster.error.alreadyOnCourse"));
    }

    private long rejections(TrainingCourse course) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'trainee.import.rejected' and object_id = ?", Long.class,
                String.valueOf(course.getId()));
    }

    @Test
    void aCourseOutsideTheScopeIsNotFound() throws IOException {
        TrainingCourse course = data.course(data.institution("220402"));
        Path file = workbook(List.of(row("越界", residentId("220402"))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(() -> imports.importRoster(course.getId(), file, data.city("220500"))))
                .isInstanceOf(cn.jilin.laborbrand.platform.NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from trainee where course_id = ?", Long.class, course.getId())).isZero();
    }
}
