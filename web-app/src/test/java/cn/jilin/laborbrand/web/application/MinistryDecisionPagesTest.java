package cn.jilin.laborbrand.web.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.TestClock;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * 国家级劳务品牌由人社部认定, on the application's page: after its notice HRSS recommends a national application to the
 * ministry instead of designating it, and records the ministry's decision — designated, with the document number, date
 * and document, which makes the brand national; or not selected, with the reason — on a form that keeps what was typed
 * when a field is at fault. Each test has brands and applications of its own.
 */
@PortalTest
class MinistryDecisionPagesTest {

    private static final String NUMBER = "人社部函〔2025〕88号";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    private ApplicationSteps steps;

    @BeforeEach
    void steps() {
        steps = new ApplicationSteps(mvc, fixtures, jdbc);
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private String level(long brandId) {
        return jdbc.queryForObject("select level from labor_brand where id = ?", String.class, brandId);
    }

    private String brandName(long brandId) {
        return jdbc.queryForObject("select name from labor_brand where id = ?", String.class, brandId);
    }

    private String page(String user, long id) throws Exception {
        return mvc.perform(get("/brand-applications/" + id).with(fixtures.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A national application of a new 长春 brand, taken by the city, the experts and HRSS through to the end of its notice. */
    private long noticeOver(long brand) throws Exception {
        long id = steps.open("changchun.officer", brand, "NATIONAL");
        steps.attachForm("changchun.officer", id);
        steps.act("changchun.officer", id, "submit");
        steps.act("changchun.officer", id, "recommend", "comment", "同意推荐");
        List<Long> experts = steps.experts("expert.li", "expert.zhao", "expert.chen");
        steps.act("hrss.reviewer", id, "assign-experts", "expertIds", experts.get(0).toString(), "expertIds", experts.get(1).toString(),
                "expertIds", experts.get(2).toString());
        steps.review(id, "expert.li", 90);
        steps.review(id, "expert.zhao", 85);
        steps.review(id, "expert.chen", 88);
        steps.act("hrss.director", id, "approve", "comment", "评审通过");
        steps.act("hrss.director", id, "start-notice", "workingDays", "5");
        assertThat(steps.state(id)).isEqualTo("PUBLIC_NOTICE");
        clock.travel(Duration.ofDays(9));
        return id;
    }

    private long atTheMinistry(long brand) throws Exception {
        long id = noticeOver(brand);
        assertThat(steps.act("hrss.director", id, "recommend-to-ministry").getFlashMap().get("flashSuccess"))
                .isEqualTo("application.recommendedToMinistry");
        return id;
    }

    /** The decision form as HRSS posts it: multipart, with the application's version and the given fields. */
    private MockMultipartHttpServletRequestBuilder decision(String user, long id, String step, Map<String, String> fields) {
        MockMultipartHttpServletRequestBuilder request = multipart("/brand-applications/" + id + "/" + step);
        request.param("version", String.valueOf(steps.version(id)));
        fields.forEach(request::param);
        request.with(csrf()).with(fixtures.as(user));
        return request;
    }

    @Test
    void afterItsNoticeANationalApplicationIsRecommendedToTheMinistryNotDesignatedAndTheBrandWaits() throws Exception {
        long brand = fixtures.brand("国家级推荐", "220102");
        long id = noticeOver(brand);
        String onNotice = page("hrss.director", id);
        assertThat(onNotice).contains("推荐至人社部", "国家级劳务品牌由人社部认定", "/brand-applications/" + id + "/recommend-to-ministry")
                .doesNotContain("action=\"/brand-applications/" + id + "/designate\"");
        assertThat(workList("hrss.director")).containsAnyOf("“" + brandName(brand) + "”（国家级）公示期已满，待推荐至人社部",
                "件国家级申报公示期已满，待推荐至人社部");

        // the province's designation is not a step of a national application
        assertThat(steps.act("hrss.director", id, "designate").getFlashMap().get("flashError")).isEqualTo("workflow.notAllowed");
        assertThat(steps.act("hrss.director", id, "recommend-to-ministry", "comment", "公示期满无异议").getFlashMap().get("flashSuccess"))
                .isEqualTo("application.recommendedToMinistry");
        assertThat(steps.state(id)).isEqualTo("MINISTRY_REVIEW");
        assertThat(level(brand)).isEqualTo("NONE");
        assertThat(jdbc.queryForObject("select count(*) from brand_level_change where brand_id = ?", Integer.class, brand)).isZero();
        assertThat(jdbc.queryForObject("select designated_at is null and ministry_recommended_at is not null from brand_application where id = ?",
                Boolean.class, id)).isTrue();

        String waiting = page("hrss.director", id);
        assertThat(waiting).contains("已推荐至人社部", "等待人社部认定", "录入人社部认定", "录入人社部未入选", "人社部文号",
                "/brand-applications/" + id + "/ministry-designate", "/brand-applications/" + id + "/ministry-decline",
                // the two forms' fields have ids of their own, each tied to its label
                "id=\"ministry-designate-number\"", "for=\"ministry-designate-number\"", "id=\"ministry-decline-number\"",
                "id=\"ministry-decline-date\"", "enctype=\"multipart/form-data\"");
        // the city sees where it stands, and no step of the ministry's
        assertThat(page("changchun.officer", id)).contains("已推荐至人社部").doesNotContain("/ministry-designate", "录入人社部认定");
        assertThat(workList("hrss.director")).containsAnyOf("“" + brandName(brand) + "”已推荐至人社部，待录入人社部的决定",
                "件国家级申报已推荐至人社部，待录入人社部的决定");
        assertThat(workList("changchun.officer")).doesNotContain("待录入人社部的决定");
        mvc.perform(get("/brand-applications").param("state", "MINISTRY_REVIEW").param("size", "200").with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString(brandName(brand))))
                .andExpect(content().string(containsString("已推荐至人社部")));
        mvc.perform(get("/brand-applications/notices").with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("已推荐至人社部，待人社部认定")))
                .andExpect(content().string(containsString(brandName(brand))));
        assertThat(exportedStates(brandName(brand))).containsExactly("已推荐至人社部");
    }

    @Test
    void theMinistrysDesignationIsRecordedWithItsDocumentAndOnlyThenIsTheBrandNational() throws Exception {
        long brand = fixtures.brand("人社部认定", "220102");
        long id = atTheMinistry(brand);
        LocalDate date = today();
        MvcResult result = mvc.perform(decision("hrss.director", id, "ministry-designate",
                        Map.of("documentNumber", " " + NUMBER + " ", "documentDate", date.toString()))
                        .file(new MockMultipartFile("file", "人社部通知.pdf", "application/pdf", ApplicationSteps.PDF_FORM)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("flashSuccess")).isEqualTo("application.ministryDesignated");

        assertThat(steps.state(id)).isEqualTo("DESIGNATED");
        assertThat(level(brand)).isEqualTo("NATIONAL");
        assertThat(jdbc.queryForMap("select ministry_document_number, ministry_document_date, ministry_attachment_id is not null as filed "
                + "from brand_application where id = ?", id))
                .containsEntry("ministry_document_number", NUMBER).containsEntry("ministry_document_date", java.sql.Date.valueOf(date))
                .containsEntry("filed", true);
        assertThat(jdbc.queryForMap("select from_level, to_level, source, document_number, application_id from brand_level_change "
                + "where brand_id = ?", brand))
                .containsEntry("from_level", "NONE").containsEntry("to_level", "NATIONAL").containsEntry("source", "MINISTRY")
                .containsEntry("document_number", NUMBER).containsEntry("application_id", id);
        assertThat(jdbc.queryForList("select to_state from workflow_step where subject_type = 'brand_application' and subject_id = ? order by id",
                String.class, id)).containsExactly("DRAFT", "SUBMITTED", "RECOMMENDED", "EXPERT_REVIEW", "APPROVED", "PUBLIC_NOTICE",
                "MINISTRY_REVIEW", "DESIGNATED");

        long file = jdbc.queryForObject("select ministry_attachment_id from brand_application where id = ?", Long.class, id);
        assertThat(page("changchun.officer", id)).contains(NUMBER, date.toString(), "人社部通知.pdf", "/brand-applications/" + id + "/files/" + file,
                "人社部认定").doesNotContain("designation.pdf");
        mvc.perform(get("/brand-applications/" + id + "/files/" + file).with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk()).andExpect(content().bytes(ApplicationSteps.PDF_FORM));
        // the province issues no designation notice of its own for a brand the ministry designated
        mvc.perform(get("/brand-applications/" + id + "/designation.pdf").with(fixtures.as("changchun.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/brands/" + brand).with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("人社部认定")))
                .andExpect(content().string(containsString(NUMBER)));
    }

    @Test
    void notSelectedByTheMinistryClosesTheApplicationWithItsReasonAndTheLevelStays() throws Exception {
        long brand = fixtures.brand("人社部未入选", "220102");
        long id = atTheMinistry(brand);
        MvcResult result = mvc.perform(decision("hrss.director", id, "ministry-decline",
                Map.of("documentNumber", "人社厅函〔2025〕3号", "documentDate", today().toString(), "comment", "本批全国名额有限，未列入名单。")))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("flashSuccess")).isEqualTo("application.ministryDeclined");
        assertThat(steps.state(id)).isEqualTo("NOT_SELECTED");
        assertThat(level(brand)).isEqualTo("NONE");
        assertThat(jdbc.queryForObject("select count(*) from brand_level_change where brand_id = ?", Integer.class, brand)).isZero();
        assertThat(jdbc.queryForMap("select decision_reason, ministry_document_number from brand_application where id = ?", id))
                .containsEntry("decision_reason", "本批全国名额有限，未列入名单。").containsEntry("ministry_document_number", "人社厅函〔2025〕3号");
        assertThat(page("changchun.officer", id)).contains("人社部未入选", "本批全国名额有限，未列入名单。", "人社厅函〔2025〕3号", "未附文件");
    }

    @Test
    void aDecisionWithAFieldAtFaultComesBackInChineseWithTheInputKeptAndChangesNothing() throws Exception {
        long brand = fixtures.brand("人社部表单", "220102");
        long id = atTheMinistry(brand);
        String today = today().toString();
        refused(id, "ministry-designate", Map.of("documentNumber", "", "documentDate", today, "comment", "保留的意见"),
                "请填写人社部文件的文号。", "保留的意见");
        refused(id, "ministry-designate", Map.of("documentNumber", "   ", "documentDate", today), "请填写人社部文件的文号。", today);
        refused(id, "ministry-designate", Map.of("documentNumber", "号".repeat(51), "documentDate", today), "文号不能超过 50 个字。", "号".repeat(51));
        refused(id, "ministry-designate", Map.of("documentNumber", NUMBER), "请填写人社部文件的日期。", NUMBER);
        refused(id, "ministry-designate", Map.of("documentNumber", NUMBER, "documentDate", today().plusDays(1).toString()),
                "文件日期不能晚于今天。", NUMBER);
        refused(id, "ministry-designate", Map.of("documentNumber", NUMBER, "documentDate", today().minusDays(1).toString()),
                "文件日期不能早于推荐至人社部的日期。", NUMBER);
        refused(id, "ministry-designate", Map.of("documentNumber", NUMBER, "documentDate", "2025-13-45"), "日期格式应为", NUMBER);
        refused(id, "ministry-decline", Map.of("documentNumber", NUMBER, "documentDate", today, "comment", " "), "请填写理由", NUMBER);

        long before = steps.version(id);
        mvc.perform(decision("hrss.director", id, "ministry-designate", Map.of("documentNumber", NUMBER, "documentDate", today))
                        .file(new MockMultipartFile("file", "通知.pdf", "application/pdf", "这其实是文本".getBytes())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("文件类型")));
        assertThat(steps.version(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from attachment where owner_type = 'brand_application' and owner_id = ? "
                + "and purpose = 'MINISTRY_DECISION'", Integer.class, id)).isZero();
        assertThat(level(brand)).isEqualTo("NONE");
    }

    /** Posted as HRSS: the page again (200) with the message under the field and what was typed; nothing stored. */
    private void refused(long id, String step, Map<String, String> fields, String message, String kept) throws Exception {
        long version = steps.version(id);
        String reason = jdbc.queryForObject("select decision_reason from brand_application where id = ?", String.class, id);
        int history = jdbc.queryForObject("select count(*) from workflow_step where subject_type = 'brand_application' and subject_id = ?",
                Integer.class, id);
        mvc.perform(decision("hrss.director", id, step, fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString(kept)));
        assertThat(steps.state(id)).isEqualTo("MINISTRY_REVIEW");
        assertThat(steps.version(id)).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from workflow_step where subject_type = 'brand_application' and subject_id = ?",
                Integer.class, id)).isEqualTo(history);
        assertThat(jdbc.queryForMap("select ministry_document_number, decision_reason from brand_application where id = ?", id))
                .containsEntry("ministry_document_number", null).containsEntry("decision_reason", reason);
    }

    @Test
    void onlyHrssDecidersTakeTheMinistrySteps() throws Exception {
        long brand = fixtures.brand("人社部越权", "220102");
        long id = noticeOver(brand);
        // recommending: the city that recommended it and HRSS's reviewer may not (403); another city finds nothing (404)
        assertThat(steps.act("changchun.officer", id, "recommend-to-ministry").getResponse().getStatus()).isEqualTo(403);
        assertThat(steps.act("hrss.reviewer", id, "recommend-to-ministry").getResponse().getStatus()).isEqualTo(403);
        assertThat(steps.act("liaoyuan.officer", id, "recommend-to-ministry").getResponse().getStatus()).isEqualTo(404);
        assertThat(steps.state(id)).isEqualTo("PUBLIC_NOTICE");

        steps.act("hrss.director", id, "recommend-to-ministry");
        Map<String, String> complete = Map.of("documentNumber", NUMBER, "documentDate", today().toString(), "comment", "未入选");
        for (String user : List.of("changchun.officer", "liaoyuan.officer", "hrss.reviewer", "expert.li", "dept.finance")) {
            for (String step : List.of("ministry-designate", "ministry-decline")) {
                mvc.perform(decision(user, id, step, complete)).andExpect(status().isForbidden());
            }
        }
        // a decider of the province records it; the matrix of every route and role keeps the rule (AuthorisationMatrixTest)
        assertThat(steps.state(id)).isEqualTo("MINISTRY_REVIEW");
        assertThat(level(brand)).isEqualTo("NONE");
        mvc.perform(get("/brand-applications/" + id).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
    }

    @Test
    void aProvincialApplicationIsStillDesignatedByTheProvinceWithItsNotice() throws Exception {
        long brand = fixtures.brand("省级直接认定", "220102");
        long id = steps.open("changchun.officer", brand, "PROVINCIAL");
        steps.attachForm("changchun.officer", id);
        steps.act("changchun.officer", id, "submit");
        steps.act("changchun.officer", id, "recommend");
        // the experts and the approval are ApplicationWorkflowTest's; here the notice is what matters
        jdbc.update("update brand_application set state = 'PUBLIC_NOTICE', notice_start = ?, notice_end = ? where id = ?",
                today().minusDays(14), today().minusDays(7), id);
        assertThat(page("hrss.director", id)).contains("/brand-applications/" + id + "/designate").doesNotContain("/recommend-to-ministry");
        assertThat(steps.act("hrss.director", id, "recommend-to-ministry").getFlashMap().get("flashError")).isEqualTo("workflow.notAllowed");
        assertThat(steps.act("hrss.director", id, "designate").getFlashMap().get("flashSuccess")).isEqualTo("application.designated");
        assertThat(level(brand)).isEqualTo("PROVINCIAL");
        assertThat(jdbc.queryForObject("select source from brand_level_change where brand_id = ?", String.class, brand)).isEqualTo("DESIGNATION");
        mvc.perform(get("/brand-applications/" + id + "/designation.pdf").with(fixtures.as("changchun.officer"))).andExpect(status().isOk());
        mvc.perform(get("/brand-applications/" + id).with(fixtures.as("changchun.officer")))
                .andExpect(content().string(not(containsString("人社部文号"))));
    }

    /**
     * The home page's work list (more than five items of a kind that other tests' applications may have added become
     * one line with their number).
     */
    private String workList(String user) throws Exception {
        return mvc.perform(get("/").with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<String> exportedStates(String brandName) throws Exception {
        byte[] xlsx = mvc.perform(get("/brand-applications/export").param("q", brandName).with(fixtures.as("hrss.director")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> states = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    states.add(row.getCell(4).getStringCellValue());
                }
            }
        }
        return states;
    }
}
