package cn.jilin.laborbrand.web.training;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.web.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Courses, rosters and resident IDs for the training tests, made as users make them: on the pages. */
public final class TrainingFixtures {

    /** The institution of the demo account inst.changchun: its own organisation, the one record of the demo a test may name. */
    public static final String SCHOOL = "长春市劳务品牌职业技能培训学校";
    public static final List<String> ROSTER_HEADERS = List.of("姓名", "公民身份号码", "手机号码", "户籍地区代码", "重点群体", "就业单位", "就业时间");
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private final MockMvc mvc;
    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;

    public TrainingFixtures(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    /** A fresh valid resident ID (never used before in this JVM), registered in {@code region}. */
    public static String residentId(String region) {
        int n = SEQUENCE.incrementAndGet();
        // year, month and day from the sequence so that IDs stay distinct past a thousand
        String body = region + String.format("19%02d", 60 + (n / 1000) % 40) + String.format("%02d%02d", 1 + n % 12, 1 + (n / 12) % 28)
                + String.format("%03d", n % 1000);
        return body + ResidentId.checkCharacter(body);
    }

    /** The same ID with a wrong check character. */
    public static String withBadCheckCharacter(String id) {
        char right = id.charAt(17);
        return id.substring(0, 17) + (right == '1' ? '2' : '1');
    }

    public long institutionId(String name) {
        return jdbc.queryForObject("select id from institution where name = ?", Long.class, name);
    }

    /** The organisation of the directory behind an institution. */
    public long organisationOf(String institution) {
        return jdbc.queryForObject("select organisation_id from institution where id = ?", Long.class, institutionId(institution));
    }

    public String institutionName(long institutionId) {
        return jdbc.queryForObject("select o.name from institution i join organisation o on o.id = i.organisation_id where i.id = ?", String.class,
                institutionId);
    }

    /**
     * A fresh training institution (a new organisation of the directory in {@code regionCode}, registered on the
     * institutions page by {@code user}, a bureau of that region or HRSS); returns the institution's id.
     */
    public long institution(String user, String regionCode) throws Exception {
        long organisation = fixtures.organisation("测试培训学校", regionCode, OrganisationKind.INSTITUTION);
        MvcResult result = mvc.perform(post("/bases/institutions").with(csrf()).with(fixtures.as(user)).param("organisationId", String.valueOf(organisation))
                .param("kind", "TRAINING_INSTITUTION").param("address", "测试路1号").param("contactName", "联系人").param("contactPhone", "13912345678")
                .param("version", "0")).andReturn();
        if (!"/bases/institutions".equals(result.getResponse().getRedirectedUrl())) {
            throw new IllegalStateException("institution not registered: " + result.getResponse().getContentAsString());
        }
        return jdbc.queryForObject("select id from institution where organisation_id = ?", Long.class, organisation);
    }

    /** A fresh base of an institution with a fresh brand, registered on the page by {@code user}; returns its id. */
    public long base(String user, long institutionId, String regionCode) throws Exception {
        return base(user, institutionId, regionCode, "测试培育基地");
    }

    /** A fresh base whose name starts with {@code namePrefix}. */
    public long base(String user, long institutionId, String regionCode, String namePrefix) throws Exception {
        long brand = fixtures.brand("测试品牌", regionCode);
        String name = namePrefix + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        MvcResult result = mvc.perform(post("/bases").with(csrf()).with(fixtures.as(user)).param("name", name)
                .param("institutionId", String.valueOf(institutionId)).param("brandIds", String.valueOf(brand)).param("regionCode", regionCode)
                .param("address", "测试路2号").param("capacity", "300").param("contactName", "联系人").param("contactPhone", "13812345678")
                .param("version", "0")).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.matches("/bases/\\d+")) {
            throw new IllegalStateException("base not registered: " + result.getResponse().getContentAsString());
        }
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public String baseName(long baseId) {
        return jdbc.queryForObject("select name from cultivation_base where id = ?", String.class, baseId);
    }

    /** Opens a course of an institution as {@code user}; returns its id. */
    public long course(String user, String institution, String name) throws Exception {
        return course(user, institutionId(institution), name);
    }

    /** Opens a course of an institution as {@code user}; returns its id. */
    public long course(String user, long institutionId, String name) throws Exception {
        MvcResult result = mvc.perform(post("/training/courses").with(csrf()).with(fixtures.as(user))
                .param("name", name + "（测试" + SEQUENCE.incrementAndGet() + "）").param("occupationCode", "6-22-01-01")
                .param("institutionId", String.valueOf(institutionId)).param("startDate", "2026-03-01")
                .param("endDate", "2026-04-30").param("hours", "200").param("subsidised", "true").param("status", "RUNNING")
                .param("version", "0")).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.matches("/training/courses/\\d+")) {
            throw new IllegalStateException("course not opened: " + result.getResponse().getContentAsString());
        }
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Adds one trainee on the form; returns the trainee's id. */
    public long trainee(String user, long courseId, String name, String residentId) throws Exception {
        mvc.perform(post("/training/courses/" + courseId + "/trainees").with(csrf()).with(fixtures.as(user))
                .param("name", name).param("residentId", residentId).param("phone", "13912345678").param("version", "0")).andReturn();
        return jdbc.queryForObject("select max(id) from trainee where course_id = ?", Long.class, courseId);
    }

    /** Records a skill-level certificate of a trainee on the course page, issued by {@code issuerId}; returns its id. */
    public long certificate(String user, long courseId, long traineeId, String number, long issuerId) throws Exception {
        MvcResult result = mvc.perform(post("/training/courses/" + courseId + "/certificates").with(csrf()).with(fixtures.as(user))
                .param("traineeId", String.valueOf(traineeId)).param("kind", "SKILL_LEVEL").param("number", number)
                .param("occupationCode", "6-22-01-01").param("level", "4").param("issueDate", "2026-05-01")
                .param("issuerId", String.valueOf(issuerId))).andReturn();
        Long id = jdbc.query("select id from certificate where number = ? and course_id = ?", rs -> rs.next() ? rs.getLong(1) : null, number, courseId);
        if (id == null) {
            throw new IllegalStateException("certificate not recorded: " + result.getResponse().getContentAsString());
        }
        return id;
    }

    public long trainees(long courseId) {
        return jdbc.queryForObject("select count(*) from trainee where course_id = ?", Long.class, courseId);
    }

    /** Uploads a roster file to a course. */
    public MvcResult importRoster(String user, long courseId, String filename, byte[] content) throws Exception {
        return mvc.perform(multipart("/training/courses/" + courseId + "/roster")
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .with(csrf()).with(fixtures.as(user))).andReturn();
    }

    /** An .xlsx of the template's header and the given rows (every cell text). */
    public static byte[] xlsx(List<String> headers, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名册");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value != null) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] roster(List<List<String>> rows) throws IOException {
        return xlsx(ROSTER_HEADERS, rows);
    }
}
