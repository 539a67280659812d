package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every demo account signs in and sees only its part: the pages of its role open, the others answer 403, and the menu
 * offers only what opens. The three administrators (三员分立) cannot do each other's work nor touch business data.
 */
@PortalTest
class RoleAccessTest {

    private static final List<String> PAGES = List.of("/", "/account/password", "/organisations", "/organisations/new",
            "/admin/users", "/admin/users/new", "/admin/roles", "/admin/audit", "/brands", "/brands/new", "/surveys",
            "/brand-applications", "/brand-applications/new", "/brand-applications/reviews", "/brand-applications/notices",
            "/catalog", "/catalog/cities", "/catalog/projects", "/enterprises", "/alliances", "/plan", "/targets", "/tasks", "/tasks/reports", "/plan/meetings",
            "/plan/meetings/new", "/experts", "/experts/new", "/bases", "/bases/new", "/bases/cities", "/bases/institutions",
            "/bases/institutions/new", "/training/courses", "/training/courses/new", "/training/certificates", "/training/studios",
            "/training/studios/new", "/training/dispatches", "/training/dispatches/new", "/training/referrals", "/training/referrals/new",
            "/startups", "/startups/new", "/incubators", "/incubators/new",
            "/cooperation/input-bases", "/cooperation/input-bases/new", "/cooperation/vacancies", "/cooperation/vacancies/new",
            "/cooperation/offices", "/cooperation/offices/new",
            "/parks", "/parks/new", "/standards", "/standards/new", "/brand-finance", "/brand-finance/pledges/new", "/brand-finance/insurance/new",
            "/catalog/livelihood-areas", "/catalog/livelihood-areas/brands", "/catalog/livelihood-areas/new");

    private static final String BRAND_READER = ",/brands,/surveys,/brand-applications,/brand-applications/notices,/catalog,/catalog/cities,"
            + "/catalog/projects,/enterprises,/alliances";
    private static final String BRAND_WRITER = BRAND_READER + ",/brands/new,/brand-applications/new,/parks/new";
    private static final String PARK_READER = ",/parks,/standards,/catalog/livelihood-areas,/catalog/livelihood-areas/brands";
    private static final String FINANCE_READER = ",/brand-finance";
    private static final String FINANCE_WRITER = FINANCE_READER + ",/brand-finance/pledges/new,/brand-finance/insurance/new";
    private static final String PLAN_READER = ",/plan,/targets,/plan/meetings";
    private static final String TASK_READER = PLAN_READER + ",/tasks,/tasks/reports";
    private static final String TRAINING_READER = ",/bases,/bases/cities,/bases/institutions,/training/courses,/training/certificates";
    private static final String EMPLOYMENT_READER = ",/training/studios,/training/dispatches,/training/referrals";
    private static final String EMPLOYMENT_WRITER = EMPLOYMENT_READER + ",/training/studios/new,/training/dispatches/new,/training/referrals/new";
    private static final String STARTUP_READER = ",/startups,/incubators";
    private static final String STARTUP_WRITER = STARTUP_READER + ",/startups/new,/incubators/new";
    private static final String COOPERATION_READER = ",/cooperation/input-bases,/cooperation/vacancies,/cooperation/offices";
    private static final String COOPERATION_WRITER = COOPERATION_READER + ",/cooperation/input-bases/new,/cooperation/vacancies/new,/cooperation/offices/new";
    private static final String TRAINING_CITY = TRAINING_READER + EMPLOYMENT_WRITER + ",/bases/new,/bases/institutions/new,/training/courses/new"
            + COOPERATION_WRITER;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "sysadmin          | /,/account/password,/admin/users,/admin/users/new",
            "secadmin          | /,/account/password,/admin/users,/admin/roles",
            "auditor           | /,/account/password,/admin/audit",
            "hrss.reviewer     | /,/account/password,/organisations,/experts" + BRAND_READER + PARK_READER + TASK_READER + TRAINING_READER
                    + EMPLOYMENT_READER + STARTUP_READER + COOPERATION_READER + FINANCE_READER,
            "hrss.director     | /,/account/password,/organisations,/organisations/new,/brands/new,/plan/meetings/new,/experts,/experts/new"
                    + ",/parks/new,/standards/new,/catalog/livelihood-areas/new" + BRAND_READER + PARK_READER + TASK_READER + TRAINING_READER + EMPLOYMENT_WRITER + ",/bases/new,/bases/institutions/new"
                    + STARTUP_WRITER + COOPERATION_WRITER + FINANCE_WRITER,
            "changchun.officer | /,/account/password,/organisations,/organisations/new" + BRAND_WRITER + PARK_READER + TASK_READER + TRAINING_CITY + STARTUP_WRITER + FINANCE_WRITER,
            "liaoyuan.officer  | /,/account/password,/organisations,/organisations/new" + BRAND_WRITER + PARK_READER + TASK_READER + TRAINING_CITY + STARTUP_WRITER + FINANCE_WRITER,
            "yanbian.officer   | /,/account/password,/organisations,/organisations/new" + BRAND_WRITER + PARK_READER + TASK_READER + TRAINING_CITY + STARTUP_WRITER + FINANCE_WRITER,
            // a county officer: the same role as the cities', within its county
            "nongan.officer    | /,/account/password,/organisations,/organisations/new" + BRAND_WRITER + PARK_READER + TASK_READER + TRAINING_CITY + STARTUP_WRITER + FINANCE_WRITER,
            "dept.finance      | /,/account/password,/organisations" + TASK_READER,
            "dept.education    | /,/account/password,/organisations" + TASK_READER,
            "expert.li         | /,/account/password,/brand-applications,/brand-applications/reviews,/brand-applications/notices",
            "inst.changchun    | /,/account/password,/organisations" + TRAINING_READER + ",/training/courses/new",
    })
    void eachDemoAccountOpensItsPagesAndNoOthers(String username, String allowed) throws Exception {
        List<String> open = List.of(allowed.split(","));
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String page : PAGES) {
            expected.put(page, open.contains(page) ? 200 : 403);
            actual.put(page, mvc.perform(get(page).with(fixtures.as(username))).andReturn().getResponse().getStatus());
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theMenuOffersOnlyWhatOpens() throws Exception {
        String sysadmin = mvc.perform(get("/").with(fixtures.as("sysadmin"))).andReturn().getResponse().getContentAsString();
        assertThat(sysadmin).contains("href=\"/admin/users\"").doesNotContain("href=\"/admin/audit\"", "href=\"/admin/roles\"", "href=\"/organisations\"");
        String auditor = mvc.perform(get("/").with(fixtures.as("auditor"))).andReturn().getResponse().getContentAsString();
        assertThat(auditor).contains("href=\"/admin/audit\"").doesNotContain("href=\"/admin/users\"", "href=\"/organisations\"");
        String officer = mvc.perform(get("/").with(fixtures.as("changchun.officer"))).andReturn().getResponse().getContentAsString();
        assertThat(officer).contains("href=\"/organisations\"", "长春市及所辖县（市、区）的数据").doesNotContain("href=\"/admin/");
    }

    @Test
    void theSecurityAdministratorCannotOpenAccounts() throws Exception {
        mvc.perform(post("/admin/users").with(fixtures.as("secadmin")).with(csrf())
                        .param("username", "should.not.exist").param("displayName", "某人").param("initialPassword", "Jilin#Brand2025x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSystemAdministratorCannotGrantRoles() throws Exception {
        long id = fixtures.account(Fixtures.uniqueUsername("target"), "吉林省财政厅", false);
        mvc.perform(get("/admin/users/" + id + "/roles").with(fixtures.as("sysadmin"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + id + "/roles").with(fixtures.as("sysadmin")).with(csrf())
                        .param("roles", RoleCode.PROVINCE_MANAGER).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/roles/" + RoleCode.CITY_OFFICER).with(fixtures.as("sysadmin")).with(csrf())
                        .param("permissions", "organisation:view"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheAuditAdministratorReadsOrExportsTheLog() throws Exception {
        for (String username : List.of("sysadmin", "secadmin", "hrss.director", "changchun.officer")) {
            mvc.perform(get("/admin/audit/export").with(fixtures.as(username))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/audit/export").with(fixtures.as("auditor"))).andExpect(status().isOk());
    }

    @Test
    void noAdministratorTouchesBusinessData() throws Exception {
        for (String username : List.of("sysadmin", "secadmin", "auditor")) {
            mvc.perform(get("/organisations/export").with(fixtures.as(username))).andExpect(status().isForbidden());
            mvc.perform(post("/organisations").with(fixtures.as(username)).with(csrf()).param("name", "某机构"))
                    .andExpect(status().isForbidden());
        }
    }
}
