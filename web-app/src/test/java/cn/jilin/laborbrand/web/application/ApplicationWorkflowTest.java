package cn.jilin.laborbrand.web.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.RegistryFixtures;
import cn.jilin.laborbrand.web.TestClock;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** Applications for a level, from the city's draft to the designation, with the rules that guard each step. */
@PortalTest
class ApplicationWorkflowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    RegistryFixtures registry;

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

    private long recommended(long brandId) throws Exception {
        long id = steps.open("changchun.officer", brandId, "PROVINCIAL");
        steps.attachForm("changchun.officer", id);
        steps.act("changchun.officer", id, "submit");
        steps.act("changchun.officer", id, "recommend", "comment", "同意推荐");
        return id;
    }

    @Test
    void aProvincialApplicationGoesFromTheCityThroughExpertsAndNoticeToDesignation() throws Exception {
        long brand = fixtures.brand("全程品牌", "220102");
        long id = recommended(brand);
        assertThat(steps.state(id)).isEqualTo("RECOMMENDED");

        List<Long> experts = steps.experts("expert.li", "expert.zhao", "expert.chen");
        MvcResult assigned = steps.act("hrss.reviewer", id, "assign-experts",
                "expertIds", experts.get(0).toString(), "expertIds", experts.get(1).toString(), "expertIds", experts.get(2).toString());
        assertThat(assigned.getFlashMap().get("flashSuccess")).isEqualTo("application.expertsAssigned");
        assertThat(steps.state(id)).isEqualTo("EXPERT_REVIEW");

        steps.review(id, "expert.li", 90);
        steps.review(id, "expert.zhao", 80);
        assertThat(steps.act("hrss.director", id, "approve").getFlashMap().get("flashError")).isEqualTo("application.approve.tooFewScores");
        steps.review(id, "expert.chen", 70);
        mvc.perform(get("/brand-applications/" + id).with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("80.00")))   // the weighted mean
                .andExpect(content().string(containsString("20.00 / 8.16")));  // range / standard deviation
        steps.act("hrss.director", id, "approve", "comment", "评审通过");
        steps.act("hrss.director", id, "start-notice", "workingDays", "5");
        assertThat(steps.state(id)).isEqualTo("PUBLIC_NOTICE");

        assertThat(steps.act("hrss.director", id, "designate").getFlashMap().get("flashError")).isEqualTo("application.designate.noticeRunning");
        assertThat(level(brand)).isEqualTo("NONE");
        clock.travel(Duration.ofDays(9));
        assertThat(steps.act("hrss.director", id, "designate").getFlashMap().get("flashSuccess")).isEqualTo("application.designated");
        assertThat(steps.state(id)).isEqualTo("DESIGNATED");
        assertThat(level(brand)).isEqualTo("PROVINCIAL");
        assertThat(jdbc.queryForMap("select from_level, to_level, source, application_id from brand_level_change where brand_id = ?", brand))
                .containsEntry("from_level", "NONE").containsEntry("to_level", "PROVINCIAL").containsEntry("source", "DESIGNATION")
                .containsEntry("application_id", id);
        assertThat(jdbc.queryForList("select to_state from workflow_step where subject_type = 'brand_application' and subject_id = ? order by id",
                String.class, id)).containsExactly("DRAFT", "SUBMITTED", "RECOMMENDED", "EXPERT_REVIEW", "APPROVED", "PUBLIC_NOTICE", "DESIGNATED");

        byte[] notice = mvc.perform(get("/brand-applications/" + id + "/designation.pdf").with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String brandName = jdbc.queryForObject("select name from labor_brand where id = ?", String.class, brand);
        try (var pdf = Loader.loadPDF(notice)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", "")).contains(brandName, "省级劳务品牌", "吉林省人力资源和社会保障厅");
        }
    }

    @Test
    void aMunicipalApplicationIsDecidedByTheCityAndWaitsForEveryObjection() throws Exception {
        long brand = fixtures.brand("市级品牌", "220103");
        long id = steps.open("changchun.officer", brand, "MUNICIPAL");
        steps.attachForm("changchun.officer", id);
        steps.act("changchun.officer", id, "submit");
        assertThat(steps.act("changchun.officer", id, "recommend").getFlashMap().get("flashError")).isEqualTo("workflow.notAllowed");
        steps.act("changchun.officer", id, "city-approve");
        assertThat(steps.state(id)).isEqualTo("PUBLIC_NOTICE");

        byte[] list = mvc.perform(get("/brand-applications/notices.pdf").with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var pdf = Loader.loadPDF(list)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", ""))
                    .contains("吉林省劳务品牌认定公示名单", jdbc.queryForObject("select name from labor_brand where id = ?", String.class, brand));
        }

        mvc.perform(post("/brand-applications/" + id + "/objections").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("objector", "某培训机构").param("content", "从业人数统计有误。"));
        long objection = jdbc.queryForObject("select id from application_objection where application_id = ?", Long.class, id);
        clock.travel(Duration.ofDays(9));
        assertThat(steps.act("changchun.officer", id, "city-designate").getFlashMap().get("flashError")).isEqualTo("application.designate.objectionPending");
        mvc.perform(post("/brand-applications/" + id + "/objections/" + objection + "/resolve").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("upheld", "false").param("note", "经核查，统计口径一致，异议不成立。"));
        assertThat(steps.act("changchun.officer", id, "city-designate").getFlashMap().get("flashSuccess")).isEqualTo("application.designated");
        assertThat(level(brand)).isEqualTo("MUNICIPAL");
    }

    @Test
    void aReturnedApplicationKeepsItsContentShowsTheReasonAndCanBeResubmitted() throws Exception {
        long brand = fixtures.brand("退回品牌", "220104");
        long id = recommended(brand);
        steps.act("hrss.reviewer", id, "return", "comment", "请补充统计依据。");
        assertThat(steps.state(id)).isEqualTo("RETURNED");
        mvc.perform(get("/brand-applications/" + id + "/edit").with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString("请补充统计依据。")))
                .andExpect(content().string(containsString("规模大、技能强、口碑好。")))
                .andExpect(content().string(not(containsString("13812345678"))));
        mvc.perform(post("/brand-applications/" + id).with(csrf()).with(fixtures.as("changchun.officer"))
                .param("brandId", String.valueOf(brand)).param("targetLevel", "PROVINCIAL").param("reasons", "补充后的理由。")
                .param("contactName", "刘洋").param("contactPhone", "").param("version", String.valueOf(steps.version(id))));
        steps.act("changchun.officer", id, "submit");
        assertThat(steps.state(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForMap("select reasons, return_reason from brand_application where id = ?", id))
                .containsEntry("reasons", "补充后的理由。").containsEntry("return_reason", null);
        mvc.perform(get("/brand-applications/" + id).with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("13812345678"))));
    }

    @Test
    void twoPeopleActingOnOneApplicationOneSucceedsTheOtherIsToldItWasHandled() throws Exception {
        long id = recommended(fixtures.brand("并发申报", "220105"));
        long shown = steps.version(id);
        mvc.perform(post("/brand-applications/" + id + "/return").with(csrf()).with(fixtures.as("hrss.reviewer"))
                .param("version", String.valueOf(shown)).param("comment", "先到者退回"));
        mvc.perform(post("/brand-applications/" + id + "/return").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("version", String.valueOf(shown)).param("comment", "后到者退回"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人处理")));
        assertThat(jdbc.queryForObject("select return_reason from brand_application where id = ?", String.class, id)).isEqualTo("先到者退回");
    }

    @Test
    void aBrandHasOneOpenApplicationAndOnlyAppliesUpwards() throws Exception {
        long brand = fixtures.brand("唯一申报", "220106");
        steps.open("changchun.officer", brand, "PROVINCIAL");
        long before = jdbc.queryForObject("select count(*) from brand_application", Long.class);
        mvc.perform(post("/brand-applications").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("brandId", String.valueOf(brand)).param("targetLevel", "NATIONAL").param("reasons", "再次申报")
                        .param("contactName", "刘洋").param("contactPhone", "13812345678").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该品牌已有一份正在办理的申报")));
        long national = registry.brand("220422");
        registry.levelHeld(national, BrandLevel.NATIONAL);
        mvc.perform(post("/brand-applications").with(csrf()).with(fixtures.as("liaoyuan.officer"))
                        .param("brandId", String.valueOf(national)).param("targetLevel", "PROVINCIAL").param("reasons", "降级申报")
                        .param("contactName", "陈静").param("contactPhone", "13812345678").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("申报级别须高于品牌现有级别")));
        assertThat(jdbc.queryForObject("select count(*) from brand_application", Long.class)).isEqualTo(before);
    }

    @Test
    void aBrandRatedDOnCreditMayNotApply() throws Exception {
        long rated = registry.brand("222424");
        mvc.perform(post("/brands/" + rated + "/credit/evaluations").with(csrf()).with(fixtures.as("yanbian.officer"))
                        .param("rating", "D").param("evaluator", "行业协会").param("evaluatedOn", "2025-03-01").param("basis", "严重失信"))
                .andExpect(status().is3xxRedirection());
        long before = jdbc.queryForObject("select count(*) from brand_application", Long.class);
        mvc.perform(post("/brand-applications").with(csrf()).with(fixtures.as("yanbian.officer"))
                        .param("brandId", String.valueOf(rated)).param("targetLevel", "MUNICIPAL").param("reasons", "申报")
                        .param("contactName", "金哲浩").param("contactPhone", "13812345678").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("诚信评价为 D 级")));
        assertThat(jdbc.queryForObject("select count(*) from brand_application", Long.class)).isEqualTo(before);
    }

    @Test
    void theBrandPageListsItsApplications() throws Exception {
        long brand = fixtures.brand("品牌页申报", "220122");
        long id = steps.open("changchun.officer", brand, "MUNICIPAL");
        mvc.perform(get("/brands/" + brand).with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString("SB-" + id)))
                .andExpect(content().string(containsString("草稿")));
    }

    @Test
    void anInvalidApplicationComesBackWithTheInputKeptAndNothingStored() throws Exception {
        long brand = fixtures.brand("表单品牌", "220112");
        long before = jdbc.queryForObject("select count(*) from brand_application", Long.class);
        mvc.perform(post("/brand-applications").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("brandId", String.valueOf(brand)).param("targetLevel", "PROVINCIAL").param("reasons", "")
                        .param("achievements", "保留的成效").param("contactName", "刘洋").param("contactPhone", "12345").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")))
                .andExpect(content().string(containsString("保留的成效")));
        mvc.perform(post("/brand-applications").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("brandId", String.valueOf(brand)).param("targetLevel", "PROVINCIAL").param("reasons", "理由")
                        .param("contactName", "刘洋").param("contactPhone", "12345").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("联系电话格式不正确")));
        assertThat(jdbc.queryForObject("select count(*) from brand_application", Long.class)).isEqualTo(before);
    }

    @Test
    void attachmentsAreCheckedByTheirBytesAndSizeAndNothingElseIsStored() throws Exception {
        long id = steps.open("changchun.officer", fixtures.brand("附件品牌", "220113"), "PROVINCIAL");
        mvc.perform(multipart("/brand-applications/" + id + "/files").file(new MockMultipartFile("file", "申报表.pdf", "application/pdf",
                        "这其实是文本".getBytes())).param("purpose", "FORM").with(csrf()).with(fixtures.as("changchun.officer")))
                .andExpect(flash().attribute("flashError", "attachment.wrongType"));
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(ApplicationSteps.PDF_FORM, 0, big, 0, 8);
        mvc.perform(multipart("/brand-applications/" + id + "/files").file(new MockMultipartFile("file", "大文件.pdf", "application/pdf", big))
                        .param("purpose", "EVIDENCE").with(csrf()).with(fixtures.as("changchun.officer")))
                .andExpect(flash().attribute("flashError", "attachment.tooLarge"));
        assertThat(jdbc.queryForObject("select count(*) from attachment where owner_type = 'brand_application' and owner_id = ?", Integer.class, id)).isZero();
        assertThat(steps.act("changchun.officer", id, "submit").getFlashMap().get("flashError")).isEqualTo("application.submit.formMissing");

        steps.attachForm("changchun.officer", id);
        long file = jdbc.queryForObject("select id from attachment where owner_type = 'brand_application' and owner_id = ?", Long.class, id);
        mvc.perform(get("/brand-applications/" + id + "/files/" + file).with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk()).andExpect(content().bytes(ApplicationSteps.PDF_FORM));
        mvc.perform(get("/brand-applications/" + id + "/files/" + file).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
    }

    @Test
    void aLiaoyuanOfficerGets404ForAChangchunApplicationByUrlListAndExport() throws Exception {
        long id = steps.open("changchun.officer", fixtures.brand("长春范围", "220182"), "PROVINCIAL");
        String brandName = jdbc.queryForObject("select b.name from labor_brand b join brand_application a on a.brand_id = b.id where a.id = ?", String.class, id);
        mvc.perform(get("/brand-applications/" + id).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(post("/brand-applications/" + id + "/withdraw").with(csrf()).with(fixtures.as("liaoyuan.officer"))
                .param("version", String.valueOf(steps.version(id)))).andExpect(status().isNotFound());
        mvc.perform(get("/brand-applications").param("size", "200").with(fixtures.as("liaoyuan.officer")))
                .andExpect(content().string(not(containsString(brandName))));
        byte[] xlsx = mvc.perform(get("/brand-applications/export").with(fixtures.as("liaoyuan.officer"))).andReturn().getResponse().getContentAsByteArray();
        List<String> brands = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                brands.add(row.getCell(1).getStringCellValue());
            }
        }
        assertThat(brands).doesNotContain(brandName);
        mvc.perform(get("/brand-applications").param("size", "200").with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString(brandName)));
    }

    @Test
    void anExpertSeesAnApplicationOnlyAfterDeclaringNoConflictAndNeverAnotherOne() throws Exception {
        long id = recommended(fixtures.brand("专家可见", "220183"));
        List<Long> experts = steps.experts("expert.wang", "expert.zhao", "expert.chen");
        steps.act("hrss.reviewer", id, "assign-experts", "expertIds", experts.get(0).toString(), "expertIds", experts.get(1).toString(),
                "expertIds", experts.get(2).toString());
        // expert.wang is from 长春, the brand's own prefecture: flagged to HRSS
        assertThat(jdbc.queryForObject("select same_region from review_assignment where id = ?", Boolean.class,
                steps.assignment(id, "expert.wang"))).isTrue();
        mvc.perform(get("/brand-applications/" + id).with(fixtures.as("expert.zhao"))).andExpect(status().isNotFound());
        mvc.perform(get("/brand-applications/reviews/" + steps.assignment(id, "expert.zhao")).with(fixtures.as("expert.zhao")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("利益冲突声明")));
        mvc.perform(get("/brand-applications/reviews/" + steps.assignment(id, "expert.zhao")).with(fixtures.as("expert.chen")))
                .andExpect(status().isNotFound());

        mvc.perform(post("/brand-applications/reviews/" + steps.assignment(id, "expert.wang") + "/declare").with(csrf())
                .with(fixtures.as("expert.wang")).param("conflict", "true").param("note", "曾在申报单位兼职。"));
        mvc.perform(get("/brand-applications/" + id).with(fixtures.as("expert.wang"))).andExpect(status().isNotFound());

        mvc.perform(post("/brand-applications/reviews/" + steps.assignment(id, "expert.zhao") + "/declare").with(csrf())
                .with(fixtures.as("expert.zhao")).param("conflict", "false"));
        mvc.perform(get("/brand-applications/" + id).with(fixtures.as("expert.zhao")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("我的评分")));
        mvc.perform(get("/brand-applications").with(fixtures.as("expert.li")))
                .andExpect(content().string(not(containsString("专家可见"))));
        // experts see no other expert's scores
        mvc.perform(get("/brand-applications/" + id).with(fixtures.as("expert.zhao")))
                .andExpect(content().string(not(containsString("加权平均分"))));
    }

    @Test
    void stepsTakenByTheWrongRoleAreForbidden() throws Exception {
        long id = recommended(fixtures.brand("越权品牌", "220184"));
        List<Long> experts = steps.experts("expert.li", "expert.zhao", "expert.chen");
        assertThat(steps.act("changchun.officer", id, "assign-experts", "expertIds", experts.get(0).toString()).getResponse().getStatus()).isEqualTo(403);
        steps.act("hrss.reviewer", id, "assign-experts", "expertIds", experts.get(0).toString(), "expertIds", experts.get(1).toString(),
                "expertIds", experts.get(2).toString());
        assertThat(steps.act("hrss.reviewer", id, "approve").getResponse().getStatus()).isEqualTo(403);
        assertThat(steps.act("expert.li", id, "approve").getResponse().getStatus()).isEqualTo(403);
        assertThat(steps.act("changchun.officer", id, "reject", "comment", "市里想否决").getResponse().getStatus()).isEqualTo(403);
        assertThat(steps.act("hrss.director", id, "submit").getResponse().getStatus()).isEqualTo(403);
        assertThat(steps.state(id)).isEqualTo("EXPERT_REVIEW");
    }
}
