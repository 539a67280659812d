package cn.jilin.laborbrand.web.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.governance.target.TargetService;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.region.CityBand;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.base.BaseService;
import cn.jilin.laborbrand.training.base.CityCoverage;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The designation of a cultivation base: registered by the city, designated municipal or recommended, designated
 * provincial by HRSS, evaluated yearly by whoever designated it. Every step against every situation; stale pages;
 * reasons; the per-city view and the plan's figures.
 */
@PortalTest
class BaseWorkflowTest {

    /** The situations a base can be in: state and level. */
    private static final List<String[]> SITUATIONS = List.of(new String[]{"REGISTERED", "NONE"}, new String[]{"DESIGNATED", "MUNICIPAL"},
            new String[]{"RECOMMENDED", "NONE"}, new String[]{"RECOMMENDED", "MUNICIPAL"}, new String[]{"DESIGNATED", "PROVINCIAL"},
            new String[]{"RECTIFYING", "MUNICIPAL"}, new String[]{"RECTIFYING", "PROVINCIAL"}, new String[]{"REVOKED", "NONE"});

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<PlanMetric> metrics;

    @Autowired
    BaseService bases;
    @Autowired
    TargetService targets;

    private TrainingFixtures training;
    private long institution;

    @BeforeEach
    void fixtures() {
        training = new TrainingFixtures(mvc, fixtures, jdbc);
    }

    /** A fresh base in 长春 (220102) of a fresh institution, registered by {@code user}. */
    long register(String user) throws Exception {
        return training.base(user, institution(), "220102");
    }

    /** This class's own institution in 长春, registered once by the city. */
    private long institution() throws Exception {
        if (institution == 0) {
            institution = training.institution("changchun.officer", "220102");
        }
        return institution;
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from cultivation_base where id = ?", Long.class, id);
    }

    private MvcResult act(String user, long id, String action, String comment) throws Exception {
        return mvc.perform(post("/bases/" + id + "/" + action).with(csrf()).with(fixtures.as(user))
                .param("version", String.valueOf(version(id))).param("comment", comment)).andReturn();
    }

    private String outcome(long id, String[] situation, String action, String user) throws Exception {
        jdbc.update("update cultivation_base set state = ?, level = ?, evaluation_year = null, evaluation_outcome = null where id = ?",
                situation[0], situation[1], id);
        MvcResult result = act(user, id, action, "理由");
        if (result.getResponse().getStatus() == 403) {
            return "F";
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        Object error = result.getFlashMap().get("flashError");
        if ("workflow.notAllowed".equals(error)) {
            return "N";
        }
        assertThat(error).as("%s by %s in %s/%s", action, user, situation[0], situation[1]).isNull();
        return "A";
    }

    @Test
    void everyStepIsAllowedExactlyWhereItsTableSays() throws Exception {
        long id = register("changchun.officer");
        //                 situations: REG/NONE DES/MUN REC/NONE REC/MUN DES/PROV RECT/MUN RECT/PROV REVOKED
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("designate-municipal by changchun.officer", "ANNNNNNN");
        expected.put("designate-municipal by hrss.director", "FNNNNNNN");
        expected.put("recommend by changchun.officer", "AANNNNNN");
        expected.put("designate-provincial by hrss.director", "NNAANNNN");
        expected.put("designate-provincial by changchun.officer", "NNFFNNNN");
        expected.put("decline by hrss.director", "NNAANNNN");
        expected.put("decline by changchun.officer", "NNFFNNNN");
        expected.put("pass by changchun.officer", "NANNFAFN");
        expected.put("pass by hrss.director", "NFNNAFAN");
        expected.put("rectify by changchun.officer", "NANNFNNN");
        expected.put("rectify by hrss.director", "NFNNANNN");
        expected.put("revoke by changchun.officer", "NANNFAFN");
        expected.put("revoke by hrss.director", "NFNNAFAN");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String step : expected.keySet()) {
            String[] parts = step.split(" by ");
            List<String> got = new ArrayList<>();
            for (String[] situation : SITUATIONS) {
                got.add(outcome(id, situation, parts[0], parts[1]));
            }
            actual.put(step, String.join("", got));
        }
        assertThat(actual).isEqualTo(expected);
        // the reviewer may only look
        mvc.perform(post("/bases/" + id + "/pass").with(csrf()).with(fixtures.as("hrss.reviewer")).param("version", "0").param("comment", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCityRecommendsAndHrssDesignatesProvincialWithTheHistoryOfEachStep() throws Exception {
        long id = register("changchun.officer");
        long before = metric("base.provincial").value();
        assertThat(act("changchun.officer", id, "designate-municipal", "符合条件").getFlashMap().get("flashSuccess")).isEqualTo("base.done.DESIGNATE_MUNICIPAL");
        assertThat(act("changchun.officer", id, "recommend", "推荐省级").getFlashMap().get("flashSuccess")).isEqualTo("base.done.RECOMMEND");
        assertThat(act("hrss.director", id, "designate-provincial", "同意").getFlashMap().get("flashSuccess")).isEqualTo("base.done.DESIGNATE_PROVINCIAL");
        assertThat(jdbc.queryForObject("select level || '/' || state from cultivation_base where id = ?", String.class, id)).isEqualTo("PROVINCIAL/DESIGNATED");
        assertThat(jdbc.queryForList("select action from workflow_step where subject_type = 'cultivation_base' and subject_id = ? order by id", String.class, id))
                .containsExactly("register", "designate-municipal", "recommend", "designate-provincial");
        assertThat(metric("base.provincial").value()).isEqualTo(before + 1);
        String page = mvc.perform(get("/bases/" + id).with(fixtures.as("changchun.officer"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("省级", "已认定", "推荐省级", "138****5678").doesNotContain("13812345678");
        // the yearly evaluation by HRSS, once a year
        assertThat(act("hrss.director", id, "pass", "运行良好").getFlashMap().get("flashSuccess")).isEqualTo("base.done.PASS");
        assertThat(act("hrss.director", id, "pass", "再评一次").getFlashMap().get("flashError")).isEqualTo("base.evaluation.alreadyThisYear");
        assertThat(act("hrss.director", id, "revoke", "").getFlashMap().get("flashError")).isEqualTo("workflow.reason.required");
        assertThat(jdbc.queryForObject("select state from cultivation_base where id = ?", String.class, id)).isEqualTo("DESIGNATED");
    }

    @Test
    void aStalePageGetsTheConflictPageAndChangesNothing() throws Exception {
        long id = register("changchun.officer");
        long shown = version(id);
        act("changchun.officer", id, "designate-municipal", null);
        mvc.perform(post("/bases/" + id + "/recommend").with(csrf()).with(fixtures.as("changchun.officer")).param("version", String.valueOf(shown)))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select state from cultivation_base where id = ?", String.class, id)).isEqualTo("DESIGNATED");
    }

    @Test
    void aRegistrationWithErrorsOrOutsideTheRegionKeepsTheInputAndStoresNothing() throws Exception {
        long count = jdbc.queryForObject("select count(*) from cultivation_base", Long.class);
        String page = mvc.perform(post("/bases").with(csrf()).with(fixtures.as("changchun.officer")).param("name", "缺字段基地")
                .param("regionCode", "220402").param("address", "某地").param("capacity", "10").param("contactName", "某人")
                .param("contactPhone", "123").param("version", "0")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"缺字段基地\"", "此项为必填项");
        long brand = fixtures.brand("越界品牌", "220102");
        String outOfScope = mvc.perform(post("/bases").with(csrf()).with(fixtures.as("changchun.officer")).param("name", "越界基地")
                .param("institutionId", String.valueOf(institution())).param("brandIds", String.valueOf(brand)).param("regionCode", "220402")
                .param("address", "某地").param("capacity", "10").param("contactName", "某人").param("contactPhone", "13812345678")
                .param("version", "0")).andReturn().getResponse().getContentAsString();
        assertThat(outOfScope).contains("只能登记本辖区的记录", "value=\"越界基地\"");
        assertThat(jdbc.queryForObject("select count(*) from cultivation_base", Long.class)).isEqualTo(count);
    }

    @Test
    void theDetailPageOffersEachUserTheStepsTheTableGivesThemNow() throws Exception {
        long id = register("changchun.officer");
        assertThat(forms("changchun.officer", id)).containsExactlyInAnyOrder("/bases/" + id + "/designate-municipal", "/bases/" + id + "/recommend");
        assertThat(forms("hrss.director", id)).isEmpty();
        act("changchun.officer", id, "recommend", "推荐");
        assertThat(forms("changchun.officer", id)).isEmpty();
        assertThat(forms("hrss.director", id)).containsExactlyInAnyOrder("/bases/" + id + "/designate-provincial", "/bases/" + id + "/decline");
        assertThat(forms("hrss.reviewer", id)).isEmpty();
        // a segment that names no step is not found
        mvc.perform(post("/bases/" + id + "/approve").with(csrf()).with(fixtures.as("hrss.director")).param("version", String.valueOf(version(id))))
                .andExpect(status().isNotFound());
    }

    /** The step forms the detail page shows {@code user}. */
    private List<String> forms(String user, long id) throws Exception {
        String page = mvc.perform(get("/bases/" + id).with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher forms = Pattern.compile("<form class=\"action-form\"[^>]*action=\"([^\"]+)\"").matcher(page);
        List<String> found = new ArrayList<>();
        while (forms.find()) {
            found.add(forms.group(1));
        }
        return found;
    }

    @Test
    void theProvinceViewShowsWhereEachUnitStandsAgainstTheBandAndACitySeesItsOwnRow() throws Exception {
        long before = coverage("220400").designated();
        long id = training.base("liaoyuan.officer", training.institution("liaoyuan.officer", "220402"), "220402");
        act("liaoyuan.officer", id, "designate-municipal", null);
        assertThat(coverage("220400").designated()).isEqualTo(before + 1);

        String province = citiesPage("hrss.director");
        List<CityCoverage> all = SystemActor.call(() -> bases.coverage(DataScope.province(), band()), "base:view");
        assertThat(all).hasSize(11);
        for (CityCoverage city : all) {
            assertThat(standingShown(province, city.regionName())).as(city.regionName()).isEqualTo(city.standing().name());
        }
        // the nine 市（州） are the ones counted; 长白山管委会 and 梅河口市 are shown beside them
        long within = all.stream().filter(CityCoverage::isWithin).count();
        assertThat(province).contains("<div class=\"stat-value\" id=\"cities-within\">" + within + " / 9</div>")
                .contains("长白山管委会、梅河口市与各市（州）并列列出，不计入“每个市（州）”的目标。");
        assertThat(standingShown(province, "长白山管委会")).isEqualTo("BESIDE");
        assertThat(standingShown(province, "梅河口市")).isEqualTo("BESIDE");
        assertThat(province.contains("id=\"cities-below\"")).isEqualTo(all.stream().anyMatch(CityCoverage::isBelow));

        String own = citiesPage("liaoyuan.officer");
        assertThat(own).contains("辽源市", "已认定 " + (before + 1) + " 个").doesNotContain("长春市</a>", "通化市</a>");
    }

    @Test
    void aCityAboveTheBandIsShownAsAboveAndNotCountedAndTheBandIsTheTargetRows() throws Exception {
        List<Long> made = new ArrayList<>();
        try {
            long institution = training.institution("liaoyuan.officer", "220402");
            while (coverage("220400").designated() <= 2) {
                long id = training.base("liaoyuan.officer", institution, "220402");
                made.add(id);
                act("liaoyuan.officer", id, "designate-municipal", null);
            }
            long designated = coverage("220400").designated();
            assertThat(coverage("220400").isAbove()).isTrue();
            String page = citiesPage("hrss.director");
            assertThat(standingShown(page, "辽源市")).isEqualTo("ABOVE");
            assertThat(page).contains("超出1-2个区间", "id=\"cities-above\"");

            // the band is read from the plan's target row, not kept in the code
            jdbc.update("update plan_target set region_max = ? where code = 'BASES_PER_CITY'", designated);
            String wider = citiesPage("hrss.director");
            assertThat(standingShown(wider, "辽源市")).isEqualTo("WITHIN");
            assertThat(wider).contains("每个市（州）建立 1-" + designated + " 个劳务品牌培育基地", "在1-" + designated + "个区间内");
            jdbc.update("update plan_target set region_min = ? where code = 'BASES_PER_CITY'", designated);
            assertThat(standingShown(citiesPage("hrss.director"), "辽源市")).isEqualTo("WITHIN");
            jdbc.update("update plan_target set region_min = ?, region_max = ? where code = 'BASES_PER_CITY'", designated + 1, designated + 1);
            assertThat(standingShown(citiesPage("hrss.director"), "辽源市")).isEqualTo("BELOW");
        } finally {
            jdbc.update("update plan_target set region_min = 1, region_max = 2 where code = 'BASES_PER_CITY'");
            made.forEach(id -> jdbc.update("update cultivation_base set state = 'REVOKED', level = 'NONE', designated_at = null where id = ?", id));
        }
    }

    @Test
    void theProvincialBasesTargetIsTheTargetRows() throws Exception {
        assertThat(citiesPage("hrss.director")).contains("目标：省级 15 个以上");
        try {
            jdbc.update("update plan_target set target_value = 16 where code = 'BASES_PROVINCIAL'");
            assertThat(citiesPage("hrss.director")).contains("目标：省级 16 个以上");
        } finally {
            jdbc.update("update plan_target set target_value = 15 where code = 'BASES_PROVINCIAL'");
        }
    }

    private String citiesPage(String user) throws Exception {
        return mvc.perform(get("/bases/cities").with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The standing the per-city page shows for a unit (its row's data-standing, which its class repeats). */
    private static String standingShown(String page, String regionName) {
        Matcher row = Pattern.compile("<tr class=\"coverage-(\\w+)\" data-standing=\"(\\w+)\">\\s*<td><a [^>]*>" + regionName + "</a>").matcher(page);
        assertThat(row.find()).as(regionName + " has a row").isTrue();
        assertThat(row.group(1)).isEqualTo(row.group(2).toLowerCase(java.util.Locale.ROOT));
        return row.group(2);
    }

    @Test
    void thePlanFiguresCountDesignatedBasesPerCityAndPeopleTrainedAndCertified() throws Exception {
        MetricReading provincial = metric("base.provincial");
        long id = register("changchun.officer");
        act("changchun.officer", id, "recommend", "推荐");
        act("hrss.director", id, "designate-provincial", "同意");
        assertThat(metric("base.provincial").value()).isEqualTo(provincial.value() + 1);
        assertThat(metric("base.provincial").byRegion().get("220100")).isEqualTo(provincial.byRegion().getOrDefault("220100", 0L) + 1);
        MetricReading perCity = metric("base.perCity");
        assertThat(perCity.byRegion()).containsKey("220100");
        assertThat(perCity.value()).isEqualTo(perCity.byRegion().size());

        MetricReading trained = metric("training.trained");
        MetricReading certified = metric("training.certified");
        long course = training.course("changchun.officer", institution(), "计数测试班");
        long trainee = training.trainee("changchun.officer", course, "计数学员", TrainingFixtures.residentId("220102"));
        assertThat(metric("training.trained").byRegion().get("220100")).isEqualTo(trained.byRegion().getOrDefault("220100", 0L) + 1);
        mvc.perform(post("/training/courses/" + course + "/certificates").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("traineeId", String.valueOf(trainee)).param("kind", "SKILL_LEVEL").param("number", "PLAN-" + course)
                .param("occupationCode", "6-22-01-01").param("level", "4").param("issueDate", "2026-05-01")
                .param("issuerId", String.valueOf(fixtures.organisationId("长春市人力资源和社会保障局")))).andExpect(status().is3xxRedirection());
        assertThat(metric("training.certified").byRegion().get("220100")).isEqualTo(certified.byRegion().getOrDefault("220100", 0L) + 1);
    }

    /** The band of the plan's target row, as the page reads it. */
    private CityBand band() {
        return targets.band("BASES_PER_CITY").orElseThrow();
    }

    private CityCoverage coverage(String prefecture) {
        return SystemActor.call(() -> bases.coverage(DataScope.province(), band()), "base:view").stream().filter(c -> c.regionCode().equals(prefecture))
                .findFirst().orElseThrow();
    }

    private MetricReading metric(String code) {
        return metrics.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().read();
    }
}
