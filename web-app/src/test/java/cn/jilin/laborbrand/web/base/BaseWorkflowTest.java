package cn.jilin.laborbrand.web.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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

    private static int sequence;

    long register(String user) throws Exception {
        long institution = jdbc.queryForObject("select id from institution where name = '长春市劳务品牌职业技能培训学校'", Long.class);
        long brand = jdbc.queryForObject("select id from labor_brand where name = '吉林汽车精工'", Long.class);
        String name = "测试培育基地" + (++sequence) + "-" + System.nanoTime() % 100000;
        MvcResult result = mvc.perform(post("/bases").with(csrf()).with(fixtures.as(user)).param("name", name).param("institutionId", String.valueOf(institution))
                .param("brandIds", String.valueOf(brand)).param("regionCode", "220102").param("address", "长春市南关区测试路1号")
                .param("capacity", "300").param("contactName", "联系人").param("contactPhone", "13812345678").param("version", "0")).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).matches("/bases/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
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
        if ("base.transition.notAllowed".equals(error)) {
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
        assertThat(act("hrss.director", id, "revoke", "").getFlashMap().get("flashError")).isEqualTo("base.reasonRequired");
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
    void aRegistrationWithErrorsKeepsTheInputAndStoresNothing() throws Exception {
        long count = jdbc.queryForObject("select count(*) from cultivation_base", Long.class);
        String page = mvc.perform(post("/bases").with(csrf()).with(fixtures.as("changchun.officer")).param("name", "缺字段基地")
                .param("regionCode", "220402").param("address", "某地").param("capacity", "10").param("contactName", "某人")
                .param("contactPhone", "123").param("version", "0")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"缺字段基地\"", "此项为必填项");
        long institution = jdbc.queryForObject("select id from institution where name = '长春市劳务品牌职业技能培训学校'", Long.class);
        long brand = jdbc.queryForObject("select id from labor_brand where name = '吉林汽车精工'", Long.class);
        String outOfScope = mvc.perform(post("/bases").with(csrf()).with(fixtures.as("changchun.officer")).param("name", "越界基地")
                .param("institutionId", String.valueOf(institution)).param("brandIds", String.valueOf(brand)).param("regionCode", "220402")
                .param("address", "某地").param("capacity", "10").param("contactName", "某人").param("contactPhone", "13812345678")
                .param("version", "0")).andReturn().getResponse().getContentAsString();
        assertThat(outOfScope).contains("只能登记本辖区的记录", "value=\"越界基地\"");
        assertThat(jdbc.queryForObject("select count(*) from cultivation_base", Long.class)).isEqualTo(count);
    }

    @Test
    void theProvinceViewHighlightsTheCityWithoutABaseAndACitySeesItsOwn() throws Exception {
        String province = mvc.perform(get("/bases/cities").with(fixtures.as("hrss.director"))).andReturn().getResponse().getContentAsString();
        assertThat(Pattern.compile("<tr class=\"coverage-gap\">\\s*<td><a [^>]*>白城市</a>").matcher(province).find()).isTrue();
        assertThat(Pattern.compile("<tr class=\"coverage-gap\">\\s*<td><a [^>]*>辽源市</a>").matcher(province).find()).isFalse();
        assertThat(province).contains("长春市", "延边朝鲜族自治州", "长白山管委会", "梅河口市");
        String city = mvc.perform(get("/bases/cities").with(fixtures.as("liaoyuan.officer"))).andReturn().getResponse().getContentAsString();
        assertThat(city).contains("辽源市").doesNotContain("白城市", "长春市</a>");
    }

    @Test
    void thePlanFiguresCountDesignatedBasesAndTrainedAndCertifiedPeople() {
        assertThat(metric("base.provincial").value()).isGreaterThanOrEqualTo(5);
        var perCity = metric("base.perCity");
        assertThat(perCity.byRegion()).containsKeys("220100", "220400", "222400").doesNotContainKey("220800");
        assertThat(perCity.value()).isEqualTo(perCity.byRegion().size());
        assertThat(metric("training.trained").value()).isGreaterThan(100);
        assertThat(metric("training.certified").byRegion()).containsKeys("220100", "220400");
    }

    private cn.jilin.laborbrand.platform.metric.MetricReading metric(String code) {
        return metrics.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().read();
    }
}
