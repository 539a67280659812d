package cn.jilin.laborbrand.web.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.training.cooperation.InboundBaseDetails;
import cn.jilin.laborbrand.training.cooperation.InboundBaseService;
import cn.jilin.laborbrand.training.cooperation.VacancyDetails;
import cn.jilin.laborbrand.training.cooperation.VacancyService;
import java.math.BigDecimal;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 二(二)2 through the pages: a city officer records an input base, an office and a vacancy, places a trained worker of
 * its region (shown masked) and follows them up, all audited; another prefecture's records are not found; a role
 * without the permission is refused; hostile input comes back in Chinese with nothing stored; a stale page is 409;
 * the export works and is audited.
 */
@PortalTest
class CooperationPagesTest {

    private static final String CHANGCHUN_BUREAU = "长春市人力资源和社会保障局";
    private static final String CHANGCHUN = "220100";
    private static final String YANBIAN = "222400";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CooperationFixtures workers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InboundBaseService bases;
    @Autowired
    RegionService regions;
    @Autowired
    VacancyService vacancies;

    private String cityOfficer() {
        String username = Fixtures.uniqueUsername("coop.city");
        fixtures.account(username, CHANGCHUN_BUREAU, false, "CITY_OFFICER");
        return username;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Every audit row of one record, whatever its action: one per change, none twice. */
    private long auditRows(String type, long id) {
        return jdbc.queryForObject("select count(*) from audit_event where object_type = ? and object_id = ?", Long.class, type, String.valueOf(id));
    }

    private long audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class, action);
    }

    private static MockHttpServletRequestBuilder vacancy(String employer, String places, String payMin, String payMax, String postedOn) {
        return vacancy(CooperationFixtures.WELDER, employer, places, payMin, payMax, postedOn);
    }

    private static MockHttpServletRequestBuilder vacancy(String occupation, String employer, String places, String payMin, String payMax,
                                                         String postedOn) {
        return post("/cooperation/vacancies").with(csrf()).param("regionCode", CHANGCHUN).param("employer", employer)
                .param("occupationCode", occupation).param("places", places).param("payMin", payMin).param("payMax", payMax)
                .param("place", "浙江省宁波市").param("postedOn", postedOn).param("otherHeadcount", "0").param("version", "0");
    }

    private long yanbianBase() {
        return SystemActor.call(() -> bases.register(new InboundBaseDetails("延边页面测试基地" + System.nanoTime() % 1000000, YANBIAN, "天津某园区", null,
                "天津市", LocalDate.of(2025, 1, 1), null, null, null, null), DataScope.region(YANBIAN, regions.coveredCodes(YANBIAN))),
                "cooperation:view", "cooperation:manage", "organisation:view", "brand:view");
    }

    @Test
    void aCityOfficerRecordsABaseAndAVacancyPlacesATrainedWorkerMaskedAndFollowsThemUp() throws Exception {
        String officer = cityOfficer();
        String residentId = CooperationFixtures.residentId("220102");
        long trainee = workers.trainedWorker("220102", CooperationFixtures.WELDER, "协作焊工", residentId);
        long audits = audited("inbound_base.create");

        String baseName = "宁波焊工输入基地" + System.nanoTime() % 100000;
        String baseUrl = mvc.perform(post("/cooperation/input-bases").with(fixtures.as(officer)).with(csrf()).param("name", baseName)
                        .param("regionCode", CHANGCHUN).param("partnerName", "宁波市某人社局").param("place", "浙江省宁波市").param("signedOn", "2025-01-01")
                        .param("validUntil", "2027-12-31").param("occupationCode", CooperationFixtures.WELDER).param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(baseUrl).matches("/cooperation/input-bases/\\d+");
        long base = Long.parseLong(baseUrl.substring(baseUrl.lastIndexOf('/') + 1));
        assertThat(audited("inbound_base.create")).isEqualTo(audits + 1);
        mvc.perform(get("/cooperation/input-bases").with(fixtures.as(officer)).param("q", baseName))
                .andExpect(status().isOk()).andExpect(content().string(containsString(baseName)))
                .andExpect(content().string(containsString(baseUrl)));
        // an edit: the base's page shows both steps, who made them and what changed, by name
        mvc.perform(post(baseUrl).with(fixtures.as(officer)).with(csrf()).param("name", baseName).param("regionCode", CHANGCHUN)
                        .param("partnerName", "宁波市某人社局").param("place", "浙江省宁波市北仑区").param("signedOn", "2025-01-01")
                        .param("validUntil", "2028-06-30").param("occupationCode", CooperationFixtures.WELDER).param("note", "联系人 138 0000 0000")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", baseUrl));
        mvc.perform(get(baseUrl).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("变更记录")))
                .andExpect(content().string(containsString("<strong>登记</strong>")))
                .andExpect(content().string(containsString("<strong>修改</strong>")))
                .andExpect(content().string(containsString("所在地：浙江省宁波市 → 浙江省宁波市北仑区")))
                .andExpect(content().string(containsString("协议有效期至：2027-12-31 → 2028-06-30")))
                .andExpect(content().string(containsString("备注已修改")))
                .andExpect(content().string(containsString(officer)));
        assertThat(jdbc.queryForList("select comment from workflow_step where subject_type = 'inbound_base' and subject_id = ? order by id",
                String.class, base)).containsExactly(baseName,
                "所在地：浙江省宁波市 → 浙江省宁波市北仑区；协议有效期至：2027-12-31 → 2028-06-30；备注已修改");
        assertThat(auditRows("inbound_base", base)).isEqualTo(2);

        String employer = "宁波页面测试厂" + System.nanoTime() % 100000;
        String location = mvc.perform(vacancy(employer, "5", "6000", "8000.50", LocalDate.now().minusDays(40).toString()).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/cooperation/vacancies/\\d+");

        // the candidate is shown masked: no full resident ID, no full phone
        mvc.perform(get(location).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("协作焊工")))
                .andExpect(content().string(not(containsString(residentId))))
                .andExpect(content().string(not(containsString(CooperationFixtures.PHONE))));

        mvc.perform(post(location + "/placements").with(fixtures.as(officer)).with(csrf()).param("traineeId", String.valueOf(trainee))
                .param("placedOn", LocalDate.now().minusDays(35).toString())).andExpect(status().is3xxRedirection());
        long placement = jdbc.queryForObject("select id from cooperation_placement where trainee_id = ?", Long.class, trainee);
        // placed 35 days ago without follow-up: the vacancy is listed as waiting, and the work list says so
        mvc.perform(get("/cooperation/vacancies").with(fixtures.as(officer)).param("followUpDue", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(employer)));
        mvc.perform(get("/").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("未跟踪服务")));

        mvc.perform(post(location + "/placements/" + placement + "/follow-ups").with(fixtures.as(officer)).with(csrf())
                        .param("placementId", String.valueOf(placement)).param("servedOn", LocalDate.now().minusDays(1).toString())
                        .param("serverName", "王站长").param("content", "回访本人和用工单位，工资按时发放。"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("回访本人和用工单位")))
                .andExpect(content().string(not(containsString(residentId))));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'cooperation.placement.create' and object_id = ?",
                Long.class, String.valueOf(placement))).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'cooperation.follow-up.create' and object_id = ?",
                Long.class, String.valueOf(placement))).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ?", Long.class, "%" + residentId + "%")).isZero();
    }

    @Test
    void anotherPrefecturesRecordsAreNotFoundAndTheProvinceSeesThem() throws Exception {
        String officer = cityOfficer();
        long base = yanbianBase();
        mvc.perform(get("/cooperation/input-bases/" + base + "/edit").with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(post("/cooperation/input-bases/" + base).with(fixtures.as(officer)).with(csrf()).param("name", "改名")
                .param("regionCode", CHANGCHUN).param("version", "0")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select region_code from inbound_base where id = ?", String.class, base)).isEqualTo(YANBIAN);
        mvc.perform(get("/cooperation/input-bases/" + base + "/edit").with(fixtures.as("hrss.director"))).andExpect(status().isOk());
        // a city officer cannot record one for another prefecture either
        long before = count("inbound_base");
        mvc.perform(post("/cooperation/input-bases").with(fixtures.as(officer)).with(csrf()).param("name", "越权基地").param("regionCode", YANBIAN)
                        .param("partnerName", "某单位").param("place", "天津").param("signedOn", "2025-01-01").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("只能登记本辖区的记录")));
        assertThat(count("inbound_base")).isEqualTo(before);
    }

    @Test
    void rolesWithoutThePermissionAreRefused() throws Exception {
        mvc.perform(get("/cooperation/vacancies").with(fixtures.as("dept.finance"))).andExpect(status().isForbidden());
        mvc.perform(get("/cooperation/offices").with(fixtures.as("inst.changchun"))).andExpect(status().isForbidden());
        mvc.perform(get("/cooperation/vacancies").with(fixtures.as("hrss.reviewer"))).andExpect(status().isOk());
        long before = count("cooperation_vacancy");
        mvc.perform(vacancy("审核员不能发布", "5", "5000", "6000", "2026-01-05").with(fixtures.as("hrss.reviewer"))).andExpect(status().isForbidden());
        assertThat(count("cooperation_vacancy")).isEqualTo(before);
    }

    @Test
    void hostileInputIsShownAgainInChineseAndNothingIsStored() throws Exception {
        String officer = cityOfficer();
        long before = count("cooperation_vacancy");
        mvc.perform(vacancy("某厂", "五个", "-5", "1e400000", "明天").with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入整数")))
                .andExpect(content().string(containsString("日期格式应为")))
                .andExpect(content().string(containsString("value=\"某厂\"")));
        mvc.perform(vacancy("某厂".repeat(80), "5", "-5", "6000", "2026-01-05").with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("长度不能超过 100 个字符")))
                .andExpect(content().string(containsString("金额不能为负数")));
        mvc.perform(vacancy("某厂", "0", "5000", "6000", "2026-01-05").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("招用人数须大于 0")));
        mvc.perform(vacancy("某厂", "5", "7000", "6000", "2026-01-05").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("月薪上限不能低于下限")));
        mvc.perform(vacancy("9-99-99-99", "某厂", "5", "5000", "6000", "2026-01-05").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择职业分类大典中的职业")));
        mvc.perform(vacancy("某厂", "5", "5000", "6000", "2026-01-05").param("inboundBaseId", String.valueOf(yanbianBase())).with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("所选劳务输入基地不存在或不在您的数据范围内")));
        mvc.perform(vacancy("某厂", "5", "5000", "6000", "2026-01-05").param("inboundBaseId", "abc").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请输入整数")));
        assertThat(count("cooperation_vacancy")).isEqualTo(before);

        // a placement of someone who is not a candidate: the form says why, nothing stored
        String location = mvc.perform(vacancy("候选测试厂", "5", "5000", "6000", "2026-01-05").with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long yanjiWorker = workers.trainedWorker("222401", CooperationFixtures.WELDER, "延吉焊工", CooperationFixtures.residentId("222401"));
        mvc.perform(post(location + "/placements").with(fixtures.as(officer)).with(csrf()).param("traineeId", String.valueOf(yanjiWorker))
                        .param("placedOn", "2026-02-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("只能登记本地区、在您数据范围内、已结业该职业培训班的学员")));
        mvc.perform(post(location + "/placements").with(fixtures.as(officer)).with(csrf()).param("traineeId", "x").param("placedOn", "昨天"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("日期格式应为")));
        assertThat(jdbc.queryForObject("select count(*) from cooperation_placement where trainee_id = ?", Long.class, yanjiWorker)).isZero();
    }

    private String vacancyState(String location) {
        return jdbc.queryForObject("select status from cooperation_vacancy where id = ?", String.class,
                Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    }

    @Test
    void aVacancyFillsItselfIsClosedWithAReasonAndItsPlacementsAndFollowUpsAreCorrectedWithHistory() throws Exception {
        String officer = cityOfficer();
        long first = workers.trainedWorker("220102", CooperationFixtures.WELDER, "招满焊工甲", CooperationFixtures.residentId("220102"));
        long second = workers.trainedWorker("220102", CooperationFixtures.WELDER, "招满焊工乙", CooperationFixtures.residentId("220102"));
        String employer = "状态测试厂" + System.nanoTime() % 100000;
        String location = mvc.perform(vacancy(employer, "1", "5000", "6000", "2026-01-05").with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(vacancyState(location)).isEqualTo("OPEN");
        mvc.perform(post(location + "/placements").with(fixtures.as(officer)).with(csrf()).param("traineeId", String.valueOf(first))
                .param("placedOn", "2026-02-01")).andExpect(status().is3xxRedirection());
        assertThat(vacancyState(location)).isEqualTo("FILLED");
        mvc.perform(get("/cooperation/vacancies").with(fixtures.as(officer)).param("status", "FILLED"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(employer))).andExpect(content().string(containsString("已招满")));
        mvc.perform(get("/cooperation/vacancies").with(fixtures.as(officer)).param("status", "OPEN"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(employer))));
        mvc.perform(get("/cooperation/vacancies").with(fixtures.as(officer)).param("status", "<script>"))
                .andExpect(status().isBadRequest());
        // a filled vacancy takes no one, and says so in Chinese
        mvc.perform(post(location + "/placements").with(fixtures.as(officer)).with(csrf()).param("traineeId", String.valueOf(second))
                .param("placedOn", "2026-02-01")).andExpect(status().isOk()).andExpect(content().string(containsString("该岗位已招满，不能再登记上岗")));
        assertThat(jdbc.queryForObject("select count(*) from cooperation_placement where trainee_id = ?", Long.class, second)).isZero();

        long placement = jdbc.queryForObject("select id from cooperation_placement where trainee_id = ?", Long.class, first);
        mvc.perform(post(location + "/placements/" + placement + "/follow-ups").with(fixtures.as(officer)).with(csrf())
                .param("servedOn", "2026-03-01").param("serverName", "王站长").param("content", "电话回访")).andExpect(status().is3xxRedirection());
        long followUp = jdbc.queryForObject("select id from cooperation_follow_up where placement_id = ?", Long.class, placement);

        // corrections: hostile values come back in Chinese with nothing changed; good ones are kept with their history
        mvc.perform(post(location + "/placements/" + placement).with(fixtures.as(officer)).with(csrf()).param("placedOn", "明天").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("日期格式应为")));
        mvc.perform(post(location + "/placements/" + placement).with(fixtures.as(officer)).with(csrf()).param("placedOn", "2026-03-05").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("上岗日期不能晚于首次跟踪服务日期")));
        mvc.perform(post(location + "/placements/" + placement).with(fixtures.as(officer)).with(csrf()).param("placedOn", "2026-02-03").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "cooperation.placement.updated"));
        mvc.perform(post(location + "/placements/" + placement + "/follow-ups/" + followUp).with(fixtures.as(officer)).with(csrf())
                        .param("servedOn", "2026-03-02").param("serverName", "x".repeat(101)).param("content", " ").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("长度不能超过 100 个字符")))
                .andExpect(content().string(containsString("value=\"2026-03-02\"")));
        mvc.perform(post(location + "/placements/" + placement + "/follow-ups/" + followUp).with(fixtures.as(officer)).with(csrf())
                        .param("servedOn", "2026-03-02").param("serverName", "李干事").param("content", "<b>上门回访</b>").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select content from cooperation_follow_up where id = ?", String.class, followUp)).isEqualTo("<b>上门回访</b>");
        mvc.perform(get(location).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("上岗日期：2026-02-01 → 2026-02-03")))
                .andExpect(content().string(containsString("服务人：王站长 → 李干事")))
                .andExpect(content().string(containsString("&lt;b&gt;上门回访&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>上门回访"))));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'cooperation_follow_up.edit' and object_id = ?", Long.class,
                String.valueOf(followUp))).isOne();

        // closing: the reason is required and bounded, then the vacancy is closed for good
        long version = jdbc.queryForObject("select version from cooperation_vacancy where id = ?", Long.class,
                Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        mvc.perform(post(location + "/close").with(fixtures.as(officer)).with(csrf()).param("version", String.valueOf(version)).param("comment", " "))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "workflow.reason.required"));
        mvc.perform(post(location + "/close").with(fixtures.as(officer)).with(csrf()).param("version", String.valueOf(version))
                .param("comment", "停".repeat(501))).andExpect(flash().attribute("flashError", "cooperation.close.reasonTooLong"));
        mvc.perform(post(location + "/close").with(fixtures.as(officer)).with(csrf()).param("version", "abc").param("comment", "停招"))
                .andExpect(status().isBadRequest());
        assertThat(vacancyState(location)).isEqualTo("FILLED");
        mvc.perform(post(location + "/close").with(fixtures.as(officer)).with(csrf()).param("version", String.valueOf(version))
                .param("comment", "用工单位<停招>")).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "cooperation.vacancy.closed"));
        assertThat(vacancyState(location)).isEqualTo("CLOSED");
        mvc.perform(get(location).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("用工单位&lt;停招&gt;")))
                .andExpect(content().string(containsString("该岗位已关闭")))
                .andExpect(content().string(not(containsString("id=\"close-vacancy\""))));
    }

    @Test
    void anotherPrefecturesVacancyCannotBeClosedNorItsRecordsCorrected() throws Exception {
        String officer = cityOfficer();
        long yanbian = SystemActor.call(() -> vacancies.register(new VacancyDetails(YANBIAN, "延边岗位" + System.nanoTime() % 100000,
                CooperationFixtures.WELDER, 3, new BigDecimal("5000"), new BigDecimal("6000"), "天津市", null, LocalDate.of(2026, 1, 5), null, 0, null),
                DataScope.region(YANBIAN, regions.coveredCodes(YANBIAN))), "cooperation:view", "cooperation:manage");
        mvc.perform(post("/cooperation/vacancies/" + yanbian + "/close").with(fixtures.as(officer)).with(csrf()).param("version", "0")
                .param("comment", "越权关闭")).andExpect(status().isNotFound());
        mvc.perform(post("/cooperation/vacancies/" + yanbian + "/placements/1").with(fixtures.as(officer)).with(csrf()).param("version", "0")
                .param("placedOn", "2026-02-01")).andExpect(status().isNotFound());
        mvc.perform(post("/cooperation/vacancies/" + yanbian + "/placements/1/follow-ups/1").with(fixtures.as(officer)).with(csrf())
                .param("version", "0").param("servedOn", "2026-02-01").param("serverName", "某").param("content", "某")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select status from cooperation_vacancy where id = ?", String.class, yanbian)).isEqualTo("OPEN");
        mvc.perform(get("/cooperation/vacancies/" + yanbian).with(fixtures.as("hrss.director"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("招聘中")));
    }

    @Test
    void aStalePageIsRefusedWith409() throws Exception {
        String officer = cityOfficer();
        String name = "长春驻宁波站" + System.nanoTime() % 100000;
        mvc.perform(post("/cooperation/offices").with(fixtures.as(officer)).with(csrf()).param("name", name).param("regionCode", CHANGCHUN)
                .param("place", "浙江省宁波市").param("officePhone", "0574-8688 1234").param("setUpOn", "2024-05-10").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from outbound_office where name = ?", Long.class, name);
        MockHttpServletRequestBuilder edit = post("/cooperation/offices/" + id).with(fixtures.as(officer)).with(csrf()).param("name", name)
                .param("regionCode", CHANGCHUN).param("place", "浙江省宁波市北仑区").param("setUpOn", "2024-05-10").param("version", "0");
        mvc.perform(edit).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/cooperation/offices/" + id));
        mvc.perform(edit).andExpect(status().isConflict());
        assertThat(auditRows("outbound_office", id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'outbound_office.edit' and object_id = ?", Long.class,
                String.valueOf(id))).isOne();
        // its page: both steps, who, what changed; the phone line only as changed, never its number in the history
        mvc.perform(get("/cooperation/offices/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("变更记录")))
                .andExpect(content().string(containsString("<strong>登记</strong>")))
                .andExpect(content().string(containsString("<strong>修改</strong>")))
                .andExpect(content().string(containsString("驻在地：浙江省宁波市 → 浙江省宁波市北仑区；办公电话已修改")))
                .andExpect(content().string(containsString(officer)));
        assertThat(jdbc.queryForList("select comment from workflow_step where subject_type = 'outbound_office' and subject_id = ? order by id",
                String.class, id)).containsExactly(name, "驻在地：浙江省宁波市 → 浙江省宁波市北仑区；办公电话已修改");
        mvc.perform(get("/cooperation/offices/" + id).with(fixtures.as("yanbian.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/cooperation/offices").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void theExportWorksAndIsAudited() throws Exception {
        for (String list : new String[]{"input-bases", "vacancies", "offices"}) {
            String action = "cooperation." + (list.equals("input-bases") ? "inbound-base" : list.equals("offices") ? "office" : "vacancy") + ".export";
            long before = audited(action);
            mvc.perform(get("/cooperation/" + list + "/export").with(fixtures.as("hrss.director")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
            assertThat(audited(action)).as(list).isEqualTo(before + 1);
        }
    }
}
