package cn.jilin.laborbrand.web.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 二(三)1 through the pages: a city officer registers an incubator and a start-up in it, sees them listed and edits
 * them (audited, a stale page refused with 409); another prefecture's records are not found, a county officer sees its
 * county's; roles without the permission are refused; hostile input comes back with a Chinese message and stores
 * nothing; the export is audited; the founder's resident ID and phone never appear in full on a page or in an export.
 */
@PortalTest
class StartupPagesTest {

    private static final String CHANGCHUN_DISTRICT = "220102";
    private static final String NONGAN = "220122";
    private static final String YANJI = "222401";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StartupFixtures startups;
    @Autowired
    JdbcTemplate jdbc;

    /** The start-up form with good values, {@code overrides} (name, value, name, value …) in place of them. */
    private static MockHttpServletRequestBuilder startupForm(String path, String name, long brand, Long incubator, String residentId,
                                                             String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("regionCode", CHANGCHUN_DISTRICT);
        fields.put("brandId", String.valueOf(brand));
        fields.put("foundedOn", "2024-03-01");
        fields.put("jobsCreated", "15");
        fields.put("founderName", "张创业");
        fields.put("founderResidentId", residentId);
        fields.put("founderPhone", "13912340001");
        fields.put("startupTraining", "true");
        fields.put("startupTrainingOn", "2023-11-02");
        fields.put("loanBank", "吉林银行");
        fields.put("loanAmount", "250000.5");
        fields.put("loanGrantedOn", "2024-04-01");
        fields.put("loanTermMonths", "36");
        fields.put("loanInterestSubsidy", "9000");
        fields.put("taxRelief", "1500.25");
        fields.put("incubatorId", incubator == null ? "" : String.valueOf(incubator));
        fields.put("version", "0");
        return form(path, fields, overrides);
    }

    private static MockHttpServletRequestBuilder incubatorForm(String path, String name, long operator, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "RETURNEE_PARK");
        fields.put("name", name);
        fields.put("regionCode", CHANGCHUN_DISTRICT);
        fields.put("operatorId", String.valueOf(operator));
        fields.put("brandSpace", "1500.75");
        fields.put("rentWaived", "true");
        fields.put("rentWaiverNote", "两年免租");
        fields.put("provincialExcellent", "true");
        fields.put("version", "0");
        return form(path, fields, overrides);
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields, String... overrides) {
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long count(String table, String name) {
        return jdbc.queryForObject("select count(*) from " + table + " where name = ?", Long.class, name);
    }

    private long id(String table, String name) {
        return jdbc.queryForObject("select id from " + table + " where name = ?", Long.class, name);
    }

    /** Every audit row of one record, whatever its action: one per change, none twice. */
    private long auditRows(String type, long id) {
        return jdbc.queryForObject("select count(*) from audit_event where object_type = ? and object_id = ?", Long.class, type, String.valueOf(id));
    }

    private long audited(String action, long id) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and object_id = ?", Long.class, action, String.valueOf(id));
    }

    @Test
    void aCityOfficerRegistersAnIncubatorAndAStartupInItAndEditsThem() throws Exception {
        String officer = "changchun.officer";
        long operator = fixtures.organisation("孵化园运营公司", CHANGCHUN_DISTRICT, OrganisationKind.ENTERPRISE);
        String incubatorName = "长春页面测试孵化基地" + System.nanoTime() % 100000;
        mvc.perform(incubatorForm("/incubators", incubatorName, operator).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "incubator.registered"));
        long incubator = id("incubator", incubatorName);
        assertThat(audited("incubator.create", incubator)).isEqualTo(1);

        long brand = fixtures.brand("页面创业品牌", CHANGCHUN_DISTRICT);
        String residentId = TrainingFixtures.residentId(CHANGCHUN_DISTRICT);
        String name = "长春页面测试创业实体" + System.nanoTime() % 100000;
        mvc.perform(startupForm("/startups", name, brand, incubator, residentId).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "startup.registered"));
        long startup = id("startup", name);
        assertThat(audited("startup.create", startup)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select loan_amount::text from startup where id = ?", String.class, startup)).isEqualTo("250000.50");

        // listed, on its incubator's page, and on its own page: masked everywhere
        for (String page : List.of("/startups?q=" + name, "/startups/" + startup, "/incubators/" + incubator, "/startups/" + startup + "/edit")) {
            mvc.perform(get(page).with(fixtures.as(officer))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(name)))
                    .andExpect(content().string(not(containsString(residentId))))
                    .andExpect(content().string(not(containsString("13912340001"))));
        }
        mvc.perform(get("/startups/" + startup).with(fixtures.as(officer))).andExpect(content().string(containsString("139****0001")))
                .andExpect(content().string(containsString("22****************")));
        mvc.perform(get("/incubators?q=" + incubatorName).with(fixtures.as(officer))).andExpect(content().string(containsString(incubatorName)))
                .andExpect(content().string(containsString("省级优秀（缺认定年度）")));

        // an edit keeps the founder's numbers when left blank; the page shown before it is stale
        mvc.perform(startupForm("/startups/" + startup, name, brand, incubator, "", "jobsCreated", "30", "founderPhone", "")
                        .with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "startup.updated"));
        assertThat(jdbc.queryForObject("select jobs_created from startup where id = ?", Integer.class, startup)).isEqualTo(30);
        mvc.perform(get("/startups/" + startup).with(fixtures.as(officer))).andExpect(content().string(containsString("139****0001")));
        assertThat(audited("startup.edit", startup)).isEqualTo(1);
        assertThat(auditRows("startup", startup)).isEqualTo(2);
        // its page shows both changes, who made them and what changed, and never the founder's numbers
        mvc.perform(get("/startups/" + startup).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("变更记录")))
                .andExpect(content().string(containsString("<strong>登记</strong>")))
                .andExpect(content().string(containsString("<strong>修改</strong>")))
                .andExpect(content().string(containsString("带动就业人数：15 → 30")))
                .andExpect(content().string(containsString(officer)))
                .andExpect(content().string(not(containsString(residentId))));
        assertThat(jdbc.queryForList("select comment from workflow_step where subject_type = 'startup' and subject_id = ? order by id",
                String.class, startup)).containsExactly(name, "带动就业人数：15 → 30");
        mvc.perform(startupForm("/startups/" + startup, name, brand, incubator, "").with(fixtures.as(officer))).andExpect(status().isConflict());
        // another founder: the history says so, without who it was or is
        String otherId = TrainingFixtures.residentId(CHANGCHUN_DISTRICT);
        mvc.perform(startupForm("/startups/" + startup, name, brand, incubator, otherId, "jobsCreated", "30", "founderName", "李创业",
                        "founderPhone", "", "version", "1").with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/startups/" + startup).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("创业者身份信息已更新")))
                .andExpect(content().string(not(containsString(otherId))));
        assertThat(jdbc.queryForObject("select comment from workflow_step where subject_type = 'startup' and subject_id = ? order by id desc limit 1",
                String.class, startup)).isEqualTo("创业者身份信息已更新");
        assertThat(auditRows("startup", startup)).isEqualTo(3);

        mvc.perform(incubatorForm("/incubators/" + incubator, incubatorName, operator, "brandSpace", "1600", "recognisedYear", "2024")
                        .with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(audited("incubator.edit", incubator)).isEqualTo(1);
        assertThat(auditRows("incubator", incubator)).isEqualTo(2);
        mvc.perform(get("/incubators/" + incubator).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("变更记录")))
                .andExpect(content().string(containsString("<strong>登记</strong>")))
                .andExpect(content().string(containsString("<strong>修改</strong>")))
                .andExpect(content().string(containsString("场地（平方米）：1500.75 → 1600.00")))
                .andExpect(content().string(containsString("认定年度：— → 2024")))
                .andExpect(content().string(containsString(officer)))
                .andExpect(content().string(not(containsString(residentId))));
    }

    @Test
    void anotherPrefecturesRecordsAreNotFoundAndACountySeesItsOwn() throws Exception {
        long yanbianIncubator = startups.incubator(YANJI);
        long yanbianStartup = startups.startup(YANJI, yanbianIncubator);
        for (String page : List.of("/startups/" + yanbianStartup, "/startups/" + yanbianStartup + "/edit", "/incubators/" + yanbianIncubator,
                "/incubators/" + yanbianIncubator + "/edit")) {
            mvc.perform(get(page).with(fixtures.as("changchun.officer"))).andExpect(status().isNotFound());
            mvc.perform(get(page).with(fixtures.as("yanbian.officer"))).andExpect(status().isOk());
            mvc.perform(get(page).with(fixtures.as("hrss.director"))).andExpect(status().isOk());
        }
        mvc.perform(post("/startups/" + yanbianStartup).with(csrf()).with(fixtures.as("changchun.officer")).param("name", "越权").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/incubators/" + yanbianIncubator).with(csrf()).with(fixtures.as("changchun.officer")).param("name", "越权").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/startups/" + yanbianStartup).with(fixtures.as("hrss.reviewer"))).andExpect(status().isOk());

        long nongan = startups.startup(NONGAN, null);
        long cityOwn = startups.startup(CHANGCHUN_DISTRICT, null);
        mvc.perform(get("/startups/" + nongan).with(fixtures.as("nongan.officer"))).andExpect(status().isOk());
        mvc.perform(get("/startups/" + cityOwn).with(fixtures.as("nongan.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/startups/" + nongan).with(fixtures.as("changchun.officer"))).andExpect(status().isOk());
    }

    @Test
    void rolesWithoutThePermissionAreRefused() throws Exception {
        for (String user : List.of("dept.finance", "expert.li", "inst.changchun", "sysadmin", "auditor")) {
            for (String page : List.of("/startups", "/incubators", "/startups/export", "/incubators/new")) {
                mvc.perform(get(page).with(fixtures.as(user))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/startups/new").with(fixtures.as("hrss.reviewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/incubators").with(csrf()).with(fixtures.as("hrss.reviewer")).param("name", "只读者").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void hostileInputIsShownAgainInChineseAndStoresNothing() throws Exception {
        String officer = "changchun.officer";
        long brand = fixtures.brand("敌意创业品牌", CHANGCHUN_DISTRICT);
        long otherBrand = fixtures.brand("他市品牌", YANJI);
        long otherIncubator = startups.incubator(YANJI);
        String name = "敌意测试创业实体" + System.nanoTime() % 100000;
        String residentId = TrainingFixtures.residentId(CHANGCHUN_DISTRICT);
        record Case(String field, String value, String message) {
        }
        List<Case> cases = List.of(
                new Case("foundedOn", "2024-13-45", "日期格式应为"),
                new Case("foundedOn", "2999-01-01", "日期不能晚于今天"),
                new Case("foundedOn", "1949-12-31", "日期不能早于 1950 年"),
                new Case("startupTrainingOn", "2999-01-01", "日期不能晚于今天"),
                new Case("startupTrainingOn", "1900-01-01", "日期不能早于 1950 年"),
                new Case("loanGrantedOn", "1900-01-01", "日期不能早于 1950 年"),
                new Case("loanBank", "行".repeat(101), "长度不能超过 100 个字符"),
                new Case("founderName", " ", "此项为必填项"),
                new Case("founderName", "名".repeat(51), "长度不能超过 50 个字符"),
                new Case("jobsCreated", "-3", "不能为负数"),
                new Case("jobsCreated", "abc", "请输入整数"),
                new Case("loanAmount", "12.345", "最多 12 位整数、2 位小数"),
                new Case("loanAmount", "1" + "0".repeat(40), "请输入数字"),
                new Case("brandId", "999999999", "请选择本辖区的劳务品牌"),
                new Case("brandId", String.valueOf(otherBrand), "请选择本辖区的劳务品牌"),
                new Case("incubatorId", "999999999", "请选择本辖区已登记的孵化载体"),
                new Case("incubatorId", String.valueOf(otherIncubator), "请选择本辖区已登记的孵化载体"),
                new Case("regionCode", "222401", "只能登记本辖区的记录"),
                new Case("founderResidentId", "220102199013321234", "公民身份号码"),
                new Case("founderPhone", "12345", "请输入正确的手机号或固定电话"),
                new Case("name", "名".repeat(300), "长度不能超过 100 个字符"));
        for (Case c : cases) {
            String page = mvc.perform(startupForm("/startups", name, brand, null, residentId, c.field(), c.value()).with(fixtures.as(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(c.field() + "=" + c.value()).contains(c.message()).doesNotContain(residentId);
            if (!c.field().equals("name")) {
                assertThat(page).as(c.field()).contains(name);
            }
        }
        assertThat(count("startup", name)).isZero();

        String incubatorName = "敌意测试孵化基地" + System.nanoTime() % 100000;
        long government = fixtures.organisationId("长春市人力资源和社会保障局");
        long operator = fixtures.organisation("运营", CHANGCHUN_DISTRICT, OrganisationKind.ENTERPRISE);
        for (String[] c : List.of(new String[]{"brandSpace", "-5", "不能为负数"}, new String[]{"brandSpace", "1.234", "2 位小数"},
                new String[]{"operatorId", String.valueOf(government), "请选择单位名录中的机构或企业"},
                new String[]{"operatorId", "x", "请输入整数"}, new String[]{"recognisedYear", "1800", "认定年度应在"},
                new String[]{"kind", "NOT_A_KIND", "格式不正确"}, new String[]{"regionCode", "999999", "所选地区不存在"})) {
            mvc.perform(incubatorForm("/incubators", incubatorName, operator, c[0], c[1]).with(fixtures.as(officer)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(c[2])));
        }
        assertThat(count("incubator", incubatorName)).isZero();
    }

    @Test
    void theExportIsAuditedAndShowsTheFounderMasked() throws Exception {
        String residentId = TrainingFixtures.residentId(CHANGCHUN_DISTRICT);
        long incubator = startups.incubator(CHANGCHUN_DISTRICT);
        startups.startup(CHANGCHUN_DISTRICT, incubator, residentId);
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'startup.export'", Long.class);
        byte[] workbook = mvc.perform(get("/startups/export").with(fixtures.as("changchun.officer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'startup.export'", Long.class)).isEqualTo(before + 1);
        String text = unzipped(workbook);
        assertThat(text).contains("测试创业者", "139****5678").doesNotContain(residentId).doesNotContain("13912345678");
        long incubatorExports = jdbc.queryForObject("select count(*) from audit_event where action = 'incubator.export'", Long.class);
        mvc.perform(get("/incubators/export").with(fixtures.as("hrss.director"))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'incubator.export'", Long.class)).isEqualTo(incubatorExports + 1);
    }

    private static String unzipped(byte[] xlsx) throws Exception {
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    all.append(cell.toString()).append('|');
                }
            }
        }
        return all.toString();
    }

    @Test
    void theStartupTrainingLinksOnlyToACourseTheFounderAttended() throws Exception {
        long own = startups.startup(CHANGCHUN_DISTRICT, null);
        long yanbian = startups.startup(YANJI, null);
        long course = jdbc.queryForObject("select min(id) from training_course", Long.class);
        // the founder attended no course of the platform: no form, and a course posted by hand is refused in words
        mvc.perform(get("/startups/" + own).with(fixtures.as("changchun.officer"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/startups/" + own + "/training-course"))));
        mvc.perform(post("/startups/" + own + "/training-course").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("courseId", String.valueOf(course)).param("version", "0"))
                .andExpect(flash().attribute("flashError", "startup.course.notAttended"));
        mvc.perform(post("/startups/" + own + "/training-course").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("version", "0")).andExpect(flash().attribute("flashError", "startup.course.notAttended"));
        mvc.perform(post("/startups/" + own + "/training-course").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("courseId", "'; drop table startup; --").param("version", "0")).andExpect(status().isBadRequest());
        mvc.perform(post("/startups/" + yanbian + "/training-course").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("courseId", String.valueOf(course)).param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/startups/" + own + "/training-course").with(csrf()).with(fixtures.as("hrss.reviewer"))
                .param("courseId", String.valueOf(course)).param("version", "0")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from startup where id in (?, ?) and training_course_id is not null", Long.class,
                own, yanbian)).isZero();
    }
}
