package cn.jilin.laborbrand.web.training;

import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static cn.jilin.laborbrand.web.training.TrainingFixtures.roster;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Roster imports are all or nothing: a clean file stores every row; any bad row (at the end, a duplicate, a formula)
 * or a file that is not a readable .xlsx stores nothing and answers with the report of row, column and reason.
 */
@PortalTest
class RosterImportTest {

    private static final String INSTITUTION_USER = "inst.changchun";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private TrainingFixtures training;
    private long course;

    @BeforeEach
    void course() throws Exception {
        training = new TrainingFixtures(mvc, fixtures, jdbc);
        course = training.course(INSTITUTION_USER, TrainingFixtures.SCHOOL, "导入测试班");
    }

    private static List<String> row(String name, String id) {
        return List.of(name, id, "13812345678", "220102", "脱贫人口", "", "");
    }

    @Test
    void aValidFileStoresEveryRowEncryptedWithBirthDateAndSex() throws Exception {
        String first = residentId("220102");
        byte[] file = roster(List.of(row("张伟", first), row("李娜", residentId("220104")),
                List.of("王芳", residentId("220422"), "", "", "农村留守妇女、易地搬迁群众", "长春一汽", "2026-05-01")));
        MvcResult result = training.importRoster(INSTITUTION_USER, course, "名册.xlsx", file);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/training/courses/" + course);
        assertThat(training.trainees(course)).isEqualTo(3);
        var stored = jdbc.queryForMap("select resident_id_cipher, birth_date, sex, priority_groups from trainee where course_id = ? and name = '张伟'", course);
        assertThat(stored.get("resident_id_cipher").toString()).startsWith("v1:").doesNotContain(first);
        assertThat(stored.get("birth_date").toString()).isEqualTo(first.substring(6, 10) + "-" + first.substring(10, 12) + "-" + first.substring(12, 14));
        assertThat(stored.get("sex")).isEqualTo((first.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
        assertThat(jdbc.queryForObject("select priority_groups from trainee where course_id = ? and name = '王芳'", String.class, course))
                .isEqualTo("RELOCATED,LEFT_BEHIND_WOMEN");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'trainee.import' and object_id = ?", Long.class,
                String.valueOf(course))).isEqualTo(1);
    }

    @Test
    void aBadRowAtTheEndRejectsTheWholeFileWithItsRowColumnAndReason() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(row("学员" + i, residentId("220102")));
        }
        rows.add(row("最后一人", TrainingFixtures.withBadCheckCharacter(residentId("220102"))));
        MvcResult result = training.importRoster(INSTITUTION_USER, course, "名册.xlsx", roster(rows));
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("导入未通过", "<td>52</td>", "公民身份号码", "校验位");
        assertThat(training.trainees(course)).isZero();

        // the same report as a spreadsheet
        // sessions live in PostgreSQL (Spring Session): the report is found again by the session cookie
        byte[] report = mvc.perform(get("/training/courses/" + course + "/roster/errors").cookie(result.getResponse().getCookies())
                        .with(fixtures.as(INSTITUTION_USER)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("行号");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(52);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("公民身份号码");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).contains("校验位");
        }
    }

    @Test
    void theSamePersonTwiceInTheFileOrAlreadyOnTheCourseRejectsTheFile() throws Exception {
        String onCourse = residentId("220102");
        training.trainee(INSTITUTION_USER, course, "已在班", onCourse);
        String twice = residentId("220104");
        MvcResult result = training.importRoster(INSTITUTION_USER, course, "名册.xlsx",
                roster(List.of(row("甲", twice), row("乙", residentId("220102")), row("甲", twice.toLowerCase()), row("丙", onCourse))));
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("与第 2 行是同一人", "此人已在本班名册中");
        assertThat(training.trainees(course)).isEqualTo(1);
    }

    @Test
    void aMissingNameOrABadPhoneIsReportedOnItsCell() throws Exception {
        MvcResult result = training.importRoster(INSTITUTION_USER, course, "名册.xlsx", roster(List.of(
                List.of("", residentId("220102"), "13812345678", "", "", "", ""),
                List.of("赵六", residentId("220102"), "12345", "", "", "", ""))));
        assertThat(result.getResponse().getContentAsString()).contains("姓名未填写", "请输入正确的手机号或固定电话", "<td>2</td>", "<td>3</td>");
        assertThat(training.trainees(course)).isZero();
    }

    @Test
    void aFormulaIsRefusedNotEvaluated() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名册");
            Row head = sheet.createRow(0);
            for (int i = 0; i < TrainingFixtures.ROSTER_HEADERS.size(); i++) {
                head.createCell(i).setCellValue(TrainingFixtures.ROSTER_HEADERS.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellFormula("\"张\"&\"三\"");
            row.createCell(1).setCellValue(residentId("220102"));
            workbook.write(out);
            file = out.toByteArray();
        }
        MvcResult result = training.importRoster(INSTITUTION_USER, course, "公式.xlsx", file);
        assertThat(result.getResponse().getContentAsString()).contains("导入未通过", "单元格含有公式");
        assertThat(training.trainees(course)).isZero();
    }

    @Test
    void aCorruptedFileIsRefused() throws Exception {
        byte[] good = roster(List.<List<String>>of(row("张三", residentId("220102"))));
        byte[] broken = java.util.Arrays.copyOf(good, good.length / 2);
        MvcResult result = training.importRoster(INSTITUTION_USER, course, "损坏.xlsx", broken);
        assertThat(result.getResponse().getContentAsString()).contains("导入未通过", "文件已损坏");
        assertThat(training.trainees(course)).isZero();
    }

    @Test
    void aFileThatIsNotXlsxIsRefused() throws Exception {
        byte[] csv = ("姓名,公民身份号码\n张三," + residentId("220102") + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MvcResult result = training.importRoster(INSTITUTION_USER, course, "名册.xlsx", csv);
        assertThat(result.getResponse().getContentAsString()).contains("导入未通过", "不是 Excel");
        // a zip that is no spreadsheet is no better
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes());
            out.closeEntry();
        }
        MvcResult other = training.importRoster(INSTITUTION_USER, course, "名册.xlsx", zip.toByteArray());
        assertThat(other.getResponse().getContentAsString()).contains("导入未通过");
        assertThat(training.trainees(course)).isZero();
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws Exception {
        // a sheet of 60 MB of empty elements deflates to a few tens of KB: far beyond the 100-fold ratio the reader accepts
        // (small elements, so that it is the inflation that is refused, not one overlong run of text)
        byte[] good = roster(List.<List<String>>of(row("张三", residentId("220102"))));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(good)); ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] blanks = "<x/>".repeat(1 << 18).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    for (int i = 0; i < 60; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        MvcResult result = training.importRoster(INSTITUTION_USER, course, "炸弹.xlsx", bomb.toByteArray());
        assertThat(result.getResponse().getContentAsString()).contains("导入未通过", "压缩比异常");
        assertThat(training.trainees(course)).isZero();
    }

    @Test
    void theTemplateHasTheChineseHeadersAndTextColumns() throws Exception {
        byte[] template = mvc.perform(get("/training/courses/" + course + "/roster/template").with(fixtures.as(INSTITUTION_USER)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row head = workbook.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            head.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).isEqualTo(TrainingFixtures.ROSTER_HEADERS);
            assertThat(workbook.getSheetAt(0).getColumnStyle(1).getDataFormatString()).isEqualTo("@");
        }
        // and a file made from it imports
        assertThat(training.importRoster(INSTITUTION_USER, course, "名册.xlsx", roster(List.<List<String>>of(row("张三", residentId("220102")))))
                .getResponse().getRedirectedUrl()).isEqualTo("/training/courses/" + course);
    }
}
