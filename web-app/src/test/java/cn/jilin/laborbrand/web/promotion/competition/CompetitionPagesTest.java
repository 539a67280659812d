package cn.jilin.laborbrand.web.promotion.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 技能大赛 through the portal, on records of the test's own: the province records a competition (hostile input gets
 * field errors, never a 500), an event and results — a certificate number that names a certificate of that person is
 * shown as verified with its occupation and level, a wrong one is refused under the field and nothing is stored; a city
 * competition is 404 to another city; the public page lists the winners without the certificate number; both exports
 * are real workbooks.
 */
@PortalTest
class CompetitionPagesTest {

    static final String PROVINCE = "hrss.director";
    static final String CITY = "changchun.officer";
    static final String OTHER_CITY = "liaoyuan.officer";
    static final String BUREAU = "长春市人力资源和社会保障局";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCompetitionGetsEventsAndResultsWithCheckedCertificatesAndItsWinnersGoPublic() throws Exception {
        // a certificate of this test's own: a course of 长春, one trainee, a certificate issued by the city bureau
        TrainingFixtures training = new TrainingFixtures(mvc, fixtures, jdbc);
        long course = training.course(CITY, training.institution(CITY, "220102"), "大赛测试班");
        String holder = "赛手" + course;
        long trainee = training.trainee(CITY, course, holder, TrainingFixtures.residentId("220102"));
        String number = "CONTEST-" + course;
        training.certificate(CITY, course, trainee, number, fixtures.organisationId(BUREAU));
        long brand = fixtures.brand("大赛品牌", "220100");
        String name = "页面技能大赛" + System.nanoTime() % 100_000;

        // hostile and missing input: the form again with errors under the fields, what was typed kept, nothing stored
        MvcResult refused = mvc.perform(post("/promotion/competitions").with(csrf()).with(fixtures.as(PROVINCE))
                .param("name", name).param("year", "abc").param("organiser", "<script>alert(1)</script>").param("occupation", "")
                .param("level", "GALAXY").param("regionCode", "'; drop table competition; --").param("version", "0")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        String refusedPage = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refusedPage).contains("is-invalid").contains(name).contains("请输入整数").doesNotContain("<script>alert(1)</script>");
        assertThat(count("select count(*) from competition where name = ?", name)).isZero();
        // a city competition without its city: the service's rule under the field
        String noCity = page(PROVINCE, post("/promotion/competitions").param("name", name).param("year", "2026").param("organiser", "省人社厅")
                .param("occupation", "电工").param("level", "CITY").param("regionCode", "").param("version", "0"));
        assertThat(noCity).contains("请选择地区");
        assertThat(count("select count(*) from competition where name = ?", name)).isZero();

        MvcResult created = mvc.perform(post("/promotion/competitions").with(csrf()).with(fixtures.as(PROVINCE))
                .param("name", name).param("year", "2026").param("organiser", "长春市人社局").param("occupation", "电工")
                .param("level", "CITY").param("regionCode", "220100").param("version", "0")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/promotion/competitions/");
        long id = jdbc.queryForObject("select id from competition where name = ?", Long.class, name);
        String base = "/promotion/competitions/" + id;

        // scope: 长春 sees its city's competition, 辽源 does not
        assertThat(page(CITY, get(base))).contains(name);
        assertThat(status(OTHER_CITY, base)).isEqualTo(404);
        assertThat(page(OTHER_CITY, get("/promotion/competitions"))).doesNotContain(name);
        assertThat(page(CITY, get("/promotion/competitions?q=" + name + "&level=CITY&region=220100&year=2026"))).contains(base + "\"");
        assertThat(page(CITY, get("/promotion/competitions?q=" + name + "&level=PROVINCE"))).doesNotContain(base + "\"");
        assertThat(page(CITY, get("/promotion/competitions?q=" + name + "&year=2025"))).doesNotContain(base + "\"");
        // a city officer may look, not record
        assertThat(mvc.perform(post(base + "/events").with(csrf()).with(fixtures.as(CITY)).param("name", "x").param("heldOn", "2026-06-01")
                .param("place", "y")).andReturn().getResponse().getStatus()).isEqualTo(403);

        // an event: a bad date gets an error under the field; a good one is listed
        String badEvent = page(PROVINCE, post(base + "/events").param("name", "维修电工项目").param("heldOn", "明天").param("place", "长春职业技术学院"));
        assertThat(badEvent).contains("is-invalid").contains("维修电工项目");
        assertThat(count("select count(*) from competition_event where competition_id = ?", id)).isZero();
        mvc.perform(post(base + "/events").with(csrf()).with(fixtures.as(PROVINCE)).param("name", "维修电工项目").param("heldOn", "2026-06-01")
                .param("place", "长春职业技术学院")).andReturn();
        long event = jdbc.queryForObject("select id from competition_event where competition_id = ?", Long.class, id);
        assertThat(page(PROVINCE, get(base))).contains("维修电工项目").contains("长春职业技术学院");

        // a certificate number that names no certificate of this person: refused under the field, nothing stored
        String wrong = page(PROVINCE, post(base + "/results").param("eventId", String.valueOf(event)).param("rank", "1").param("award", "一等奖")
                .param("personName", holder).param("regionCode", "220100").param("brandId", String.valueOf(brand))
                .param("certificateNumber", number + "X"));
        assertThat(wrong).contains("未找到该姓名持有的此编号证书").contains(number + "X");
        assertThat(count("select count(*) from competition_result where competition_id = ?", id)).isZero();
        // hostile result input: field errors, never a 500
        MvcResult hostile = mvc.perform(post(base + "/results").with(csrf()).with(fixtures.as(PROVINCE)).param("eventId", "abc")
                .param("rank", "-5").param("award", "x".repeat(300)).param("personName", "").param("regionCode", "<b>")
                .param("brandId", "zz")).andReturn();
        assertThat(hostile.getResponse().getStatus()).isEqualTo(200);
        assertThat(hostile.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("is-invalid");
        assertThat(count("select count(*) from competition_result where competition_id = ?", id)).isZero();

        // the real number: stored, linked, shown as verified with occupation and level
        mvc.perform(post(base + "/results").with(csrf()).with(fixtures.as(PROVINCE)).param("eventId", String.valueOf(event)).param("rank", "1")
                .param("award", "一等奖").param("personName", holder).param("regionCode", "220100").param("brandId", String.valueOf(brand))
                .param("certificateNumber", number)).andReturn();
        assertThat(jdbc.queryForObject("select certificate_issuer from competition_result where competition_id = ?", String.class, id))
                .isEqualTo(BUREAU);
        String detail = page(PROVINCE, get(base));
        assertThat(detail).contains(holder).contains(number).contains("已核验").contains("6-22-01-01").contains("4 级");
        // a result without a certificate
        mvc.perform(post(base + "/results").with(csrf()).with(fixtures.as(PROVINCE)).param("rank", "2").param("award", "二等奖")
                .param("personName", "无证选手").param("regionCode", "220100")).andReturn();
        assertThat(count("select count(*) from competition_result where competition_id = ?", id)).isEqualTo(2);
        // an event with results cannot go
        mvc.perform(post(base + "/events/" + event + "/delete").with(csrf()).with(fixtures.as(PROVINCE))).andReturn();
        assertThat(count("select count(*) from competition_event where id = ?", event)).isEqualTo(1);

        // the public: winners with place, award, name, brand and region; no certificate number
        String publicList = mvc.perform(get("/public/competitions")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(publicList).contains(name);
        MvcResult publicPage = mvc.perform(get("/public/competitions/" + id)).andReturn();
        assertThat(publicPage.getResponse().getStatus()).isEqualTo(200);
        String publicText = publicPage.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(publicText).contains(holder).contains("一等奖").contains("维修电工项目").contains("大赛品牌").contains("无证选手")
                .doesNotContain(number).doesNotContain(BUREAU);

        // exports: the list and the results, real workbooks
        try (XSSFWorkbook book = workbook(base + "/results/export")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo(holder);
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo(number);
        }
        try (XSSFWorkbook book = workbook("/promotion/competitions/export?q=" + name)) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(name);
        }

        // removing a result, then the event; the changes are audited
        long second = jdbc.queryForObject("select id from competition_result where competition_id = ? and person_name = '无证选手'", Long.class, id);
        mvc.perform(post(base + "/results/" + second + "/delete").with(csrf()).with(fixtures.as(PROVINCE))).andReturn();
        assertThat(count("select count(*) from competition_result where competition_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where object_type = 'competition' and object_id = ?", String.valueOf(id)))
                .isGreaterThanOrEqualTo(5);

        // editing keeps the form's rules
        String badEdit = page(PROVINCE, post(base).param("name", "").param("year", "2026").param("organiser", "长春市人社局").param("occupation", "电工")
                .param("level", "CITY").param("regionCode", "220100").param("version", String.valueOf(version(id))));
        assertThat(badEdit).contains("is-invalid");
        mvc.perform(post(base).with(csrf()).with(fixtures.as(PROVINCE)).param("name", name + "改").param("year", "2026").param("organiser", "长春市人社局")
                .param("occupation", "电工").param("level", "CITY").param("regionCode", "220100").param("version", String.valueOf(version(id)))).andReturn();
        assertThat(jdbc.queryForObject("select name from competition where id = ?", String.class, id)).isEqualTo(name + "改");
    }

    private XSSFWorkbook workbook(String path) throws Exception {
        MvcResult export = mvc.perform(get(path).with(fixtures.as(PROVINCE))).andReturn();
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
        return new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()));
    }

    private long count(String sql, Object arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from competition where id = ?", Long.class, id);
    }

    private String page(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        // a token on a GET is harmless; a POST needs it
        MvcResult result = mvc.perform(request.with(csrf()).with(fixtures.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as("status of " + result.getRequest().getRequestURI()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse().getStatus();
    }
}
