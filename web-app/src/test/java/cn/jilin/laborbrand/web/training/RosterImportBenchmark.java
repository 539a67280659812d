package cn.jilin.laborbrand.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The 100,000-row roster import, through the page as an institution uploads it (see bench/README.md). Not part of the
 * suite (its name matches no test pattern): run it on purpose. It prints wall time and the heap's peak; it asserts only
 * that the rows arrived (or, for the rejected file, that none did), never a timing.
 */
@PortalTest
class RosterImportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 100_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importOneHundredThousandRows() throws Exception {
        TrainingFixtures training = new TrainingFixtures(mvc, fixtures, jdbc);
        StringBuilder report = new StringBuilder();
        long t0 = System.nanoTime();
        byte[] valid = file(ROWS, false);
        byte[] badAtEnd = file(ROWS, true);
        report.append(String.format("rows=%d file=%.1f MB generated in %.1f s%n", ROWS, valid.length / 1e6, (System.nanoTime() - t0) / 1e9));

        long course = training.course("inst.changchun", TrainingFixtures.SCHOOL, "基准测试班");
        resetPeaks();
        long start = System.nanoTime();
        MvcResult rejected = training.importRoster("inst.changchun", course, "bench-bad.xlsx", badAtEnd);
        double rejectedSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(rejected.getResponse().getContentAsString()).contains("导入未通过");
        assertThat(training.trainees(course)).isZero();
        report.append(String.format("rejected (bad last row): %.1f s, heap peak %d MB%n", rejectedSeconds, heapPeakMb()));

        resetPeaks();
        start = System.nanoTime();
        MvcResult accepted = training.importRoster("inst.changchun", course, "bench.xlsx", valid);
        double acceptedSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/training/courses/" + course);
        assertThat(training.trainees(course)).isEqualTo(ROWS);
        report.append(String.format("accepted: %.1f s (%.0f rows/s), heap peak %d MB, max heap %d MB%n", acceptedSeconds, ROWS / acceptedSeconds,
                heapPeakMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024)));

        System.out.println("=== roster import benchmark ===\n" + report);
        Files.writeString(Path.of("target", "bench-roster-import.txt"), report.toString());
    }

    /** A roster of distinct valid people; with {@code badAtEnd}, the last row's check character is wrong. */
    private static byte[] file(int rows, boolean badAtEnd) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("名册");
            Row head = sheet.createRow(0);
            for (int i = 0; i < TrainingFixtures.ROSTER_HEADERS.size(); i++) {
                head.createCell(i).setCellValue(TrainingFixtures.ROSTER_HEADERS.get(i));
            }
            List<String> groups = List.of("", "脱贫人口", "", "农村低收入人口", "", "易地搬迁群众", "", "农村留守妇女");
            for (int r = 1; r <= rows; r++) {
                // 1950-01-01 plus r days, sequence from r: distinct people with valid IDs
                java.time.LocalDate birth = java.time.LocalDate.of(1950, 1, 1).plusDays(r % 18_000);
                String body = "220102" + birth.toString().replace("-", "") + String.format("%03d", (r / 18_000) * 7 + 100);
                String id = body + ResidentId.checkCharacter(body);
                if (badAtEnd && r == rows) {
                    id = TrainingFixtures.withBadCheckCharacter(id);
                }
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("学员" + r);
                row.createCell(1).setCellValue(id);
                row.createCell(2).setCellValue("139" + String.format("%08d", r));
                row.createCell(3).setCellValue("220102");
                row.createCell(4).setCellValue(groups.get(r % groups.size()));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
