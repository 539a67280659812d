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
        byte[] valid = file(ROWS, Bad.NONE);
        byte[] badAtEnd = file(ROWS, Bad.LAST);
        byte[] badAtStart = file(ROWS, Bad.FIRST);
        report.append(String.format("rows=%d file=%.1f MB generated in %.1f s%n", ROWS, valid.length / 1e6, (System.nanoTime() - t0) / 1e9));

        long course = training.course("inst.changchun", TrainingFixtures.SCHOOL, "基准测试班");
        // first a file whose last row is bad (also the JIT's warm-up), then one whose first row is bad: only checked,
        // row by row to the end, nothing sent to the database — the parse-and-validate rate the stored import is held to
        double badLast = timeRejected(training, course, "bench-bad-last.xlsx", badAtEnd, "rejected (bad last row)", report);
        double badFirst = timeRejected(training, course, "bench-bad-first.xlsx", badAtStart, "rejected (bad first row: parse+validate only)", report);

        resetPeaks();
        long start = System.nanoTime();
        MvcResult accepted = training.importRoster("inst.changchun", course, "bench.xlsx", valid);
        double acceptedSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/training/courses/" + course);
        assertThat(training.trainees(course)).isEqualTo(ROWS);
        report.append(String.format("accepted: %.1f s (%.0f rows/s), heap peak %d MB, max heap %d MB%n", acceptedSeconds, ROWS / acceptedSeconds,
                heapPeakMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        report.append(String.format("stored rate / parse+validate rate = %.0f%% (bad last row: %.0f%%)%n", 100 * badFirst / acceptedSeconds,
                100 * badLast / acceptedSeconds));

        System.out.println("=== roster import benchmark ===\n" + report);
        Files.writeString(Path.of("target", "bench-roster-import.txt"), report.toString());
    }

    private double timeRejected(TrainingFixtures training, long course, String name, byte[] file, String label, StringBuilder report)
            throws Exception {
        resetPeaks();
        long start = System.nanoTime();
        MvcResult rejected = training.importRoster("inst.changchun", course, name, file);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(rejected.getResponse().getContentAsString()).contains("导入未通过");
        assertThat(training.trainees(course)).isZero();
        report.append(String.format("%s: %.1f s (%.0f rows/s), heap peak %d MB%n", label, seconds, ROWS / seconds, heapPeakMb()));
        return seconds;
    }

    private enum Bad { NONE, FIRST, LAST }

    /** A roster of distinct valid people; the first or last row's check character wrong if asked. */
    private static byte[] file(int rows, Bad bad) throws Exception {
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
                if (bad == Bad.LAST && r == rows || bad == Bad.FIRST && r == 1) {
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
