package cn.jilin.laborbrand.web.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 二(三)1 through the pages: a city officer claims the one-off start-up subsidy for the founder of a start-up of its
 * region on the ordinary claim form (the type-ahead finds it, the founder's ID shown masked), finds the claim from the
 * start-up's page; another city's start-up is not found; no interest subsidy without a guaranteed loan. The founder
 * lookup by full resident ID finds the founder's start-ups within the scope, refuses an invalid or hostile ID in words,
 * is audited without the ID and answers POSTs only.
 */
@PortalTest
class StartupClaimPagesTest {

    private static final String DIRECTOR = "hrss.director";
    private static final String CITY = "changchun.officer";
    private static final String COUNTY = "220102";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StartupFixtures startups;
    @Autowired
    JdbcTemplate jdbc;

    private long policy(String kind, String name) throws Exception {
        String code = "TEST-SU-" + System.nanoTime() % 1_000_000;
        MvcResult created = mvc.perform(post("/subsidies/policies").with(csrf()).with(fixtures.as(DIRECTOR))
                .param("code", code).param("name", name + code).param("kind", kind).param("payeeKind", "PERSON").param("evidence", "STARTUP")
                .param("approvalLevel", "CITY").param("noticeDays", "5").param("yearlyLimit", "1").param("sameOccupationLevelOnce", "false").param("noLowerAfterHigher", "false").param("active", "true")
                .param("documents", "身份证复印件\n营业执照").param("version", "0")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).as(created.getResponse().getContentAsString()).startsWith("/subsidies/policies/");
        long id = jdbc.queryForObject("select id from subsidy_policy where code = ?", Long.class, code);
        mvc.perform(post("/subsidies/policies/" + id + "/standards").with(csrf()).with(fixtures.as(DIRECTOR))
                .param("effectiveFrom", "2020-01-01").param("amount", "5000")).andReturn();
        return id;
    }

    private String page(String user, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(fixtures.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private String startupName(long id) {
        return jdbc.queryForObject("select name from startup where id = ?", String.class, id);
    }

    @Test
    void aCityOfficerClaimsTheOneOffSubsidyForTheFounderOfItsStartup() throws Exception {
        long grant = policy("STARTUP_GRANT", "一次性创业补贴测试");
        String residentId = TrainingFixtures.residentId(COUNTY);
        long startup = startups.startupWithoutLoan(COUNTY, residentId);
        String name = startupName(startup);

        assertThat(page(CITY, "/subsidies/claims/new")).contains("一次性创业补贴测试").contains("创业实体及担保贷款");
        assertThat(page(CITY, "/subsidies/claims/evidence-options?policy=" + grant + "&q=" + name)).contains(name).contains("\"id\":" + startup);
        String form = page(CITY, "/subsidies/claims/new?policyId=" + grant + "&evidenceId=" + startup);
        assertThat(form).contains("测试创业者").contains("22****************").doesNotContain(residentId);

        MvcResult made = mvc.perform(post("/subsidies/claims").with(csrf()).with(fixtures.as(CITY))
                .param("policyId", String.valueOf(grant)).param("evidenceId", String.valueOf(startup)).param("people", String.valueOf(startup)))
                .andExpect(status().is3xxRedirection()).andReturn();
        long claim = Long.parseLong(made.getResponse().getRedirectedUrl().substring("/subsidies/claims/".length()));
        assertThat(jdbc.queryForObject("select evidence || ':' || evidence_id || ':' || region_code || ':' || payee_name from subsidy_claim where id = ?",
                String.class, claim)).isEqualTo("STARTUP:" + startup + ":" + COUNTY + ":测试创业者");
        assertThat(page(CITY, "/subsidies/claims/" + claim)).contains("5,000.00").contains("/startups/" + startup + "\"").doesNotContain(residentId);

        // from the start-up's page to its claims
        assertThat(page(CITY, "/startups/" + startup)).contains("/subsidies/claims?evidence=STARTUP&amp;evidenceId=" + startup);
        assertThat(page(CITY, "/subsidies/claims?evidence=STARTUP&evidenceId=" + startup)).contains("/subsidies/claims/" + claim + "\"");
        long other = startups.startupWithoutLoan(COUNTY, TrainingFixtures.residentId(COUNTY));
        assertThat(page(CITY, "/subsidies/claims?evidence=STARTUP&evidenceId=" + other)).doesNotContain("/subsidies/claims/" + claim + "\"");
        assertThat(mvc.perform(get("/subsidies/claims?evidence=NOT_A_KIND&evidenceId=x").with(fixtures.as(CITY))).andReturn().getResponse()
                .getStatus()).isLessThan(500);
    }

    @Test
    void anotherCitysStartupIsNotFoundAndNoInterestSubsidyWithoutALoan() throws Exception {
        long grant = policy("STARTUP_GRANT", "一次性创业补贴测试");
        long interest = policy("LOAN_INTEREST", "创业担保贷款贴息测试");
        long yanji = startups.startupWithoutLoan("222401", TrainingFixtures.residentId("222401"));
        assertThat(mvc.perform(get("/subsidies/claims/new?policyId=" + grant + "&evidenceId=" + yanji).with(fixtures.as(CITY))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/subsidies/claims").with(csrf()).with(fixtures.as(CITY)).param("policyId", String.valueOf(grant))
                .param("evidenceId", String.valueOf(yanji))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page(CITY, "/subsidies/claims/evidence-options?policy=" + grant + "&q=" + startupName(yanji))).doesNotContain(startupName(yanji));
        assertThat(jdbc.queryForObject("select count(*) from subsidy_claim where evidence = 'STARTUP' and evidence_id = ?", Long.class, yanji)).isZero();

        long withoutLoan = startups.startupWithoutLoan(COUNTY, TrainingFixtures.residentId(COUNTY));
        assertThat(page(CITY, "/subsidies/claims/new?policyId=" + interest + "&evidenceId=" + withoutLoan)).contains("没有登记创业担保贷款");
        String refused = mvc.perform(post("/subsidies/claims").with(csrf()).with(fixtures.as(CITY)).param("policyId", String.valueOf(interest))
                .param("evidenceId", String.valueOf(withoutLoan))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("没有登记创业担保贷款");
        assertThat(jdbc.queryForObject("select count(*) from subsidy_claim where evidence = 'STARTUP' and evidence_id = ?", Long.class, withoutLoan))
                .isZero();

        long withLoan = startups.startup(COUNTY, null);
        assertThat(page(CITY, "/subsidies/claims/new?policyId=" + interest + "&evidenceId=" + withLoan)).contains("测试创业者")
                .doesNotContain("没有登记创业担保贷款");
    }

    @Test
    void theFounderLookupFindsTheirStartupsInScopeAndIsAuditedWithoutTheId() throws Exception {
        String residentId = TrainingFixtures.residentId(COUNTY);
        long first = startups.startupWithoutLoan(COUNTY, residentId);
        long second = startups.startup(COUNTY, null, residentId);
        long someoneElse = startups.startupWithoutLoan(COUNTY, TrainingFixtures.residentId(COUNTY));
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'startup.founder.lookup'", Long.class);
        // fresh accounts: lookups count against a per-account limit shared with the other resident-ID lookups
        String officer = Fixtures.uniqueUsername("founder.lookup");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        String yanbian = Fixtures.uniqueUsername("founder.lookup.yb");
        fixtures.account(yanbian, "延边朝鲜族自治州人力资源和社会保障局", false, "CITY_OFFICER");

        assertThat(page(officer, "/startups")).contains("创业者身份证号");
        MvcResult found = mvc.perform(post("/startups/lookup").with(csrf()).with(fixtures.as(officer)).param("founderResidentId", residentId))
                .andExpect(status().isOk()).andReturn();
        assertThat(found.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(found.getResponse().getContentAsString()).contains(startupName(first), startupName(second)).doesNotContain(startupName(someoneElse))
                .contains("有 2 个创业实体").doesNotContain(residentId);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'startup.founder.lookup'", Long.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ?", Long.class, "%" + residentId + "%")).isZero();

        // another city sees none of them
        assertThat(mvc.perform(post("/startups/lookup").with(csrf()).with(fixtures.as(yanbian)).param("founderResidentId", residentId))
                .andReturn().getResponse().getContentAsString()).doesNotContain(startupName(first)).contains("有 0 个创业实体");

        // invalid and hostile IDs: a clear message, never a 500, nothing echoed
        for (String bad : new String[]{"220102199013321234", "12345", "", "<script>alert(1)</script>", "' or 1=1 --", "9".repeat(5000)}) {
            MvcResult result = mvc.perform(post("/startups/lookup").with(csrf()).with(fixtures.as(officer)).param("founderResidentId", bad)).andReturn();
            assertThat(result.getResponse().getStatus()).as(bad).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).as(bad).contains("公民身份号码").doesNotContain("<script>alert");
        }

        // POSTs only; the reviewer without the reveal permission is refused and sees no form
        assertThat(mvc.perform(get("/startups/lookup").with(fixtures.as(officer))).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/startups");
        assertThat(mvc.perform(post("/startups/lookup").with(csrf()).with(fixtures.as("hrss.reviewer")).param("founderResidentId", residentId))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(page("hrss.reviewer", "/startups")).doesNotContain("创业者身份证号");
    }
}
