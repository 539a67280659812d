package cn.jilin.laborbrand.web.training;

import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.trainee.TraineeLookupService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Finding people by a full resident ID (the roster's lookup, the people of a dispatch or referral) or an expert by
 * phone is reveal-class: it needs the reveal permission, is audited with actor and outcome (never the value), is
 * limited per account (HTTP 429 past it), and goes by POST so that the number is never in a URL or a link.
 */
@PortalTest
class RevealClassLookupTest {

    private static final String CHANGCHUN_BUREAU = "长春市人力资源和社会保障局";
    private static final String HRSS = "吉林省人力资源和社会保障厅";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TraineeLookupService lookups;

    private long course;
    private String id;
    private String name;

    @BeforeEach
    void aCourseWithATrainee() throws Exception {
        TrainingFixtures training = new TrainingFixtures(mvc, fixtures, jdbc);
        course = training.course("inst.changchun", TrainingFixtures.SCHOOL, "查找测试班");
        id = residentId("220104");
        name = "查找学员" + course;
        training.trainee("inst.changchun", course, name, id);
    }

    private MvcResult lookup(String user, String residentId) throws Exception {
        return mvc.perform(post("/training/courses/" + course + "/roster/lookup").with(csrf()).with(fixtures.as(user))
                .param("residentId", residentId)).andReturn();
    }

    private List<Map<String, Object>> auditRows(String action, String username) {
        return jdbc.queryForList("select outcome, object_type, object_id, detail from audit_event where action = ? and username = ? order by id",
                action, username);
    }

    private long auditRowsMentioning(String value) {
        return jdbc.queryForObject("select count(*) from audit_event where detail like ? or object_id = ?", Long.class, "%" + value + "%", value);
    }

    @Test
    void withoutTheRevealPermissionTheLookupIsRefusedAndTheRefusalAudited() throws Exception {
        for (String user : List.of("inst.changchun", "hrss.reviewer")) {
            int before = auditRows("access.denied", user).size();
            MvcResult refused = lookup(user, id);
            assertThat(refused.getResponse().getStatus()).as(user).isEqualTo(403);
            assertThat(refused.getResponse().getContentAsString()).doesNotContain(id, name);
            // refused by the route's rule (it asks for the reveal permission), audited with who, what and when
            List<Map<String, Object>> rows = auditRows("access.denied", user);
            assertThat(rows).as(user).hasSize(before + 1);
            assertThat(rows.get(rows.size() - 1)).containsEntry("outcome", "DENIED")
                    .containsEntry("detail", "POST /training/courses/" + course + "/roster/lookup");
            // and the roster offers no such form to them
            assertThat(mvc.perform(get("/training/courses/" + course).with(fixtures.as(user))).andReturn().getResponse().getContentAsString())
                    .doesNotContain("/roster/lookup");
        }
        assertThat(auditRowsMentioning(id)).isZero();
    }

    @Test
    void aHolderFindsThePersonByPostTheAnswerIsAuditedAndNamesTheIdNowhere() throws Exception {
        String roster = mvc.perform(get("/training/courses/" + course).with(fixtures.as("changchun.officer"))).andReturn().getResponse()
                .getContentAsString();
        Element form = Jsoup.parse(roster).selectFirst("form[action$=/roster/lookup]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualToIgnoringCase("post");

        MvcResult found = lookup("changchun.officer", id.toLowerCase());
        String page = found.getResponse().getContentAsString();
        assertThat(found.getResponse().getStatus()).isEqualTo(200);
        assertThat(found.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(page).contains(name, "22****************").doesNotContain(id, id.toLowerCase(), id.substring(0, 14));
        for (Element linked : Jsoup.parse(page).select("[href], [action], [src]")) {
            assertThat(linked.attr("href") + linked.attr("action") + linked.attr("src")).doesNotContain(id.substring(6, 14));
        }
        List<Map<String, Object>> rows = auditRows("trainee.lookup", "changchun.officer");
        assertThat(rows.get(rows.size() - 1)).containsEntry("outcome", "SUCCESS").containsEntry("object_id", String.valueOf(course))
                .containsEntry("detail", "asked=1 found=1");
        // a number nobody on the roster holds: answered, audited as found=0
        assertThat(lookup("changchun.officer", residentId("220104")).getResponse().getContentAsString()).contains("本班名册中没有此人").doesNotContain(name);
        rows = auditRows("trainee.lookup", "changchun.officer");
        assertThat(rows.get(rows.size() - 1)).containsEntry("detail", "asked=1 found=0");
        assertThat(auditRowsMentioning(id)).isZero();
    }

    @Test
    void anIdInAQueryStringIsNeitherSearchedNorRepeatedInAnyLink() throws Exception {
        for (String user : List.of("changchun.officer", "inst.changchun")) {
            int audited = auditRows("trainee.lookup", user).size();
            MvcResult filtered = mvc.perform(get("/training/courses/" + course).param("q", id).with(fixtures.as(user)))
                    .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "roster.search.namesOnly")).andReturn();
            assertThat(filtered.getResponse().getRedirectedUrl()).isEqualTo("/training/courses/" + course);
            MvcResult byLink = mvc.perform(get("/training/courses/" + course + "/roster/lookup").param("residentId", id).with(fixtures.as(user)))
                    .andExpect(status().is3xxRedirection()).andReturn();
            assertThat(byLink.getResponse().getRedirectedUrl()).isEqualTo("/training/courses/" + course);
            assertThat(auditRows("trainee.lookup", user)).as("nothing was looked up").hasSize(audited);
        }
        // the name filter still works and keeps the name in its links
        String byName = mvc.perform(get("/training/courses/" + course).param("q", name).with(fixtures.as("inst.changchun")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byName).contains(name).doesNotContain(id);
    }

    @Test
    void theThirtyFirstLookupInAnHourIsRefusedWith429AndSoIsADispatchAfterIt() throws Exception {
        String officer = Fixtures.uniqueUsername("limit.officer");
        fixtures.account(officer, CHANGCHUN_BUREAU, false, RoleCode.CITY_OFFICER);
        for (int i = 0; i < 30; i++) {
            assertThat(lookup(officer, id).getResponse().getStatus()).as("lookup %d", i + 1).isEqualTo(200);
        }
        MvcResult refused = lookup(officer, id);
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getContentAsString()).contains("查询过于频繁", "每 60 分钟最多 30 次").doesNotContain(name);
        List<Map<String, Object>> rows = auditRows("trainee.lookup", officer);
        assertThat(rows).hasSize(31);
        assertThat(rows.get(30)).containsEntry("outcome", "DENIED");
        assertThat((String) rows.get(30).get("detail")).contains("limit");

        // the dispatch form resolves IDs the same way: refused too, the form kept, nothing stored
        long dispatches = jdbc.queryForObject("select count(*) from labor_dispatch", Long.class);
        MvcResult dispatch = mvc.perform(post("/training/dispatches").with(csrf()).with(fixtures.as(officer))
                .param("organiserKind", "HR_AGENCY").param("organiserName", "限次测试公司").param("regionCode", "220100")
                .param("destinationOutside", "浙江省").param("employer", "某厂").param("startDate", "2026-06-01").param("residentIds", id))
                .andReturn();
        assertThat(dispatch.getResponse().getStatus()).isEqualTo(429);
        assertThat(dispatch.getResponse().getContentAsString()).contains("查询过于频繁", "value=\"限次测试公司\"");
        assertThat(jdbc.queryForObject("select count(*) from labor_dispatch", Long.class)).isEqualTo(dispatches);
        // another account is not affected
        assertThat(lookup("changchun.officer", id).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void resolvingIdsForADispatchNeedsTheRevealPermissionAndIsAudited() throws Exception {
        // a caller with the employment permissions but not trainee:pii:reveal
        int before = auditRows("trainee.lookup", "system").size();
        assertThatThrownBy(() -> SystemActor.call(() -> lookups.resolve(List.of(id), "residentIds", DataScope.province()),
                "employment:view", "employment:edit")).isInstanceOf(AccessDeniedException.class);
        List<Map<String, Object>> rows = auditRows("trainee.lookup", "system");
        assertThat(rows).hasSize(before + 1);
        assertThat(rows.get(rows.size() - 1)).containsEntry("outcome", "DENIED");
        // a page that names people by ID opens only with the permission
        mvc.perform(get("/training/dispatches/new").with(fixtures.as("hrss.reviewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/training/referrals/new").with(fixtures.as("hrss.reviewer"))).andExpect(status().isForbidden());

        // a holder's dispatch is audited as a lookup: one asked, one found; an unknown ID is answered and audited as well
        mvc.perform(post("/training/dispatches").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("organiserKind", "HR_AGENCY").param("organiserName", "审计测试公司").param("regionCode", "220100")
                .param("destinationOutside", "浙江省").param("employer", "某厂").param("startDate", "2026-06-01").param("residentIds", id))
                .andExpect(status().is3xxRedirection());
        rows = auditRows("trainee.lookup", "changchun.officer");
        assertThat(rows.get(rows.size() - 1)).containsEntry("outcome", "SUCCESS").containsEntry("detail", "asked=1 found=1");
        String unknown = mvc.perform(post("/training/referrals").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("regionCode", "220100").param("vacancy", "装调工").param("employer", "某厂").param("referredOn", "2026-06-02")
                .param("residentIds", id + "\n" + residentId("220104"))).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("不是您辖区内的学员");
        rows = auditRows("trainee.lookup", "changchun.officer");
        assertThat(rows.get(rows.size() - 1)).containsEntry("outcome", "SUCCESS").containsEntry("detail", "asked=2 found=1");
        assertThat(auditRowsMentioning(id)).isZero();
    }

    @Test
    void findingAnExpertByPhoneIsAuditedLimitedAndNeverInAUrl() throws Exception {
        String phone = "1365" + String.format("%07d", course % 10_000_000);
        String location = mvc.perform(post("/experts").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("name", "电话查找专家" + course).param("organisation", "吉林大学").param("title", "教授")
                        .param("homeRegionCode", "220100").param("phone", phone).param("brandTypes", "SKILL").param("industries", "C")
                        .param("occupations", "汽车装调工").param("fields", "汽车制造").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/experts/\\d+");

        // without expert:pii:reveal: refused, audited, and no form offered
        MvcResult refused = mvc.perform(post("/experts/phone-lookup").with(csrf()).with(fixtures.as("hrss.reviewer")).param("phone", phone))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(auditRows("access.denied", "hrss.reviewer")).last().satisfies(r -> assertThat(r).containsEntry("outcome", "DENIED")
                .containsEntry("detail", "POST /experts/phone-lookup"));
        assertThat(mvc.perform(get("/experts").with(fixtures.as("hrss.reviewer"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("/experts/phone-lookup");

        // a number in the list's query string is dropped, not searched
        MvcResult inUrl = mvc.perform(get("/experts").param("phone", phone).with(fixtures.as("hrss.director")))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(inUrl.getResponse().getRedirectedUrl()).isEqualTo("/experts");
        mvc.perform(get("/experts").param("q", phone).with(fixtures.as("hrss.director"))).andExpect(status().is3xxRedirection());

        // with it: found by POST, the page names the number nowhere, the lookup audited without it
        String manager = Fixtures.uniqueUsername("phone.manager");
        fixtures.account(manager, HRSS, false, RoleCode.PROVINCE_MANAGER);
        MvcResult found = mvc.perform(post("/experts/phone-lookup").with(csrf()).with(fixtures.as(manager)).param("phone", phone)).andReturn();
        assertThat(found.getResponse().getStatus()).isEqualTo(200);
        assertThat(found.getResponse().getContentAsString()).contains("电话查找专家" + course, "136****" + phone.substring(7)).doesNotContain(phone);
        assertThat(auditRows("expert.phone.lookup", manager)).last()
                .satisfies(r -> assertThat(r).containsEntry("outcome", "SUCCESS").containsEntry("detail", "asked=1 found=1"));
        for (int i = 1; i < 30; i++) {
            mvc.perform(post("/experts/phone-lookup").with(csrf()).with(fixtures.as(manager)).param("phone", phone)).andExpect(status().isOk());
        }
        MvcResult limited = mvc.perform(post("/experts/phone-lookup").with(csrf()).with(fixtures.as(manager)).param("phone", phone)).andReturn();
        assertThat(limited.getResponse().getStatus()).isEqualTo(429);
        assertThat(limited.getResponse().getContentAsString()).contains("查询过于频繁").doesNotContain(phone);
        assertThat(auditRowsMentioning(phone)).isZero();
    }
}
