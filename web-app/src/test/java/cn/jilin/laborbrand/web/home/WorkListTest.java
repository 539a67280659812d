package cn.jilin.laborbrand.web.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.governance.task.Quarter;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.review.ExpertDetails;
import cn.jilin.laborbrand.platform.review.ExpertPoolService;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.finance.PledgeDetails;
import cn.jilin.laborbrand.registry.finance.PledgeLoanService;
import cn.jilin.laborbrand.registry.mark.BrandMarkService;
import cn.jilin.laborbrand.registry.mark.MarkDetails;
import cn.jilin.laborbrand.registry.mark.MarkKind;
import cn.jilin.laborbrand.registry.mark.MarkStatus;
import cn.jilin.laborbrand.training.base.BaseDetails;
import cn.jilin.laborbrand.training.base.BaseService;
import cn.jilin.laborbrand.training.institution.InstitutionDetails;
import cn.jilin.laborbrand.training.institution.InstitutionKind;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.task.GovernanceFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page's work list: each role sees what waits for it, from every module that has something, within its scope.
 * Every record a test looks for is its own: departments, tasks and reports; a brand, its application and the experts
 * assigned to it; an enterprise's cultivation base.
 */
@PortalTest
class WorkListTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    OrganisationService organisations;
    @Autowired
    InstitutionService institutions;
    @Autowired
    BaseService bases;
    @Autowired
    ExpertPoolService experts;
    @Autowired
    ReviewService reviews;

    @Autowired
    PledgeLoanService pledges;
    @Autowired
    BrandMarkService marks;

    private GovernanceFixtures governance;

    @BeforeEach
    void setUp() {
        governance = new GovernanceFixtures(mvc, fixtures, jdbc, tasks);
    }

    private String home(String user) throws Exception {
        return mvc.perform(get("/").with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A department of the test's own that the plan's lists put first (its items are never behind a "more" line). */
    private GovernanceFixtures.Department firstInLists() {
        GovernanceFixtures.Department department = governance.freshDepartment();
        jdbc.update("update organisation set sort_order = (select min(sort_order) - 1 from organisation) where name = ?", department.name());
        return department;
    }

    private String measureOf(long task) {
        return jdbc.queryForObject("select m.code || ' ' || m.title from responsibility_task t join plan_measure m on m.id = t.measure_id "
                + "where t.id = ?", String.class, task);
    }

    @Test
    void aCountyOfficerSeesItsPledgeLoansFallingDueUntilRepaidAndNoOtherCitysNorTheProvince() throws Exception {
        // a county's officer: the county's loans are this test's alone (a city's may be more than the list shows one by one)
        String nongan = Fixtures.uniqueUsername("worklist.nongan");
        fixtures.account(nongan, "长春市农安县人力资源和社会保障局", false, "CITY_OFFICER");
        String yanbian = Fixtures.uniqueUsername("worklist.yanbian");
        fixtures.account(yanbian, "延边朝鲜族自治州人力资源和社会保障局", false, "CITY_OFFICER");
        long brand = fixtures.brand("工作清单融资品牌", "220122");
        String bank = "工作清单银行" + System.nanoTime() % 100000;
        long loan = SystemActor.call(() -> {
            long mark = marks.add(brand, new MarkDetails(MarkKind.TRADEMARK, String.valueOf(20_000_000 + System.nanoTime() % 79_999_999), "工作清单商标",
                    35, null, "某公司", LocalDate.of(2021, 1, 4), LocalDate.of(2022, 2, 1), null, MarkStatus.REGISTERED), DataScope.province());
            // due in about 20 days: granted a year ago less 20 days, for 12 months
            return pledges.create(brand, new PledgeDetails(mark, bank, new BigDecimal("300000"), LocalDate.now().minusMonths(12).plusDays(20), 12,
                    null), DataScope.province());
        }, "brand:view", "brand:edit", "finance:view", "finance:manage");

        assertThat(home(nongan)).contains("“" + brand(brand) + "”在" + bank + "的质押贷款即将到期", "/brand-finance/pledges/" + loan + "\"");
        assertThat(home(yanbian)).doesNotContain("/brand-finance/pledges/" + loan + "\"");
        assertThat(home("hrss.director")).doesNotContain("/brand-finance/pledges/" + loan + "\"");
        // repaid by the officer (a post, which also refreshes the officer's list)
        mvc.perform(post("/brand-finance/pledges/" + loan + "/repaid").with(csrf()).with(fixtures.as(nongan))
                .param("repaidOn", LocalDate.now().toString()).param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from brand_pledge_loan where id = ?", String.class, loan)).isEqualTo("REPAID");
        assertThat(home(nongan)).doesNotContain("/brand-finance/pledges/" + loan + "\"");
    }

    private String brand(long id) {
        return jdbc.queryForObject("select name from labor_brand where id = ?", String.class, id);
    }

    @Test
    void aDepartmentSeesItsLateAndReturnedReportsAndNoOtherDepartments() throws Exception {
        GovernanceFixtures.Department department = governance.freshDepartment();
        GovernanceFixtures.Department other = governance.freshDepartment();
        long task = governance.freshTask(department);
        long otherTask = governance.freshTask(other);
        Quarter last = governance.lastQuarter();
        long report = governance.open(department.officer(), task, last);
        governance.act(department.officer(), report, "submit", null);
        governance.act("hrss.reviewer", report, "return", "请补充佐证材料。");

        String page = home(department.officer());
        // the plan's first quarter is late (the task reports from the plan's start); the returned report waits for it
        Quarter first = Quarter.of(jdbc.queryForObject("select reporting_from from plan_document", java.sql.Date.class).toLocalDate());
        assertThat(page).contains("待办事项", "“" + measureOf(task) + "”" + first.year() + "年第" + first.quarter() + "季度进展报告逾期未报",
                "/tasks/" + task + "/reports/new?year=" + first.year(),
                "修改被退回的“" + measureOf(task) + "”" + last.year() + "年第" + last.quarter() + "季度进展报告", "/tasks/reports/" + report + "\"");
        // nothing of another department, and no review item (HRSS's "审核<department>“…”")
        assertThat(page).doesNotContain("/tasks/" + otherTask + "/", "审核" + department.name(), "审核" + other.name());
        assertThat(home(other.officer())).contains("/tasks/" + otherTask + "/reports/new").doesNotContain("/tasks/reports/" + report + "\"");
    }

    @Test
    void hrssSeesReportsToAcceptOverdueTasksAndApplicationsWaitingForExperts() throws Exception {
        GovernanceFixtures.Department department = firstInLists();
        long task = governance.freshTask(department);
        // the current quarter's report, submitted: the task's earlier quarters are now counted, and found missing
        long report = governance.open(department.officer(), task, Quarter.of(GovernanceFixtures.today()));
        governance.act(department.officer(), report, "submit", null);
        assertThat(jdbc.queryForObject("select overdue from responsibility_task where id = ?", Boolean.class, task)).isTrue();
        long application = recommendedApplication("工作清单申报品牌");

        String page = home("hrss.director");
        assertThat(page).contains("审核" + department.name() + "“" + measureOf(task) + "”", "/tasks/reports/" + report + "\"");
        assertThat(page).contains(department.name() + "“" + measureOf(task) + "”：", "进展报告逾期未报", "/tasks/" + task + "\"");
        assertThat(page).contains("为“" + brandOf(application) + "”的认定申报指派评审专家", "/brand-applications/" + application + "\"");
        // a department has none of HRSS's work
        assertThat(home(department.officer())).doesNotContain("/tasks/reports/" + report + "\"", "指派评审专家");
    }

    @Test
    void anExpertSeesAssignmentsToScoreAndAnAdministratorNothingOfTheBusiness() throws Exception {
        long application = recommendedApplication("工作清单评审品牌");
        String expert = Fixtures.uniqueUsername("expert");
        long account = fixtures.account(expert, null, false, RoleCode.EXPERT);
        List<Long> panel = new ArrayList<>(List.of(expertOf(account)));
        panel.add(expertOf(null));
        panel.add(expertOf(null));
        SystemActor.run(() -> reviews.assign("brand_application", application, "220102", "brand_application", panel), "review:assign");
        jdbc.update("update brand_application set state = 'EXPERT_REVIEW' where id = ?", application);

        assertThat(home(expert)).contains("声明与“" + brandOf(application) + "”有无利益冲突");
        assertThat(home("sysadmin")).contains("目前没有等待您办理的事项");
        // a city reviews its own plan's reports only (辽源 has no task of its own): none of the province's
        assertThat(home("liaoyuan.officer")).doesNotContainPattern("审核[^<]*季度进展报告");
    }

    @Test
    void aCitySeesBasesWaitingForItsDecisionAndHrssThoseRecommendedToIt() throws Exception {
        String base = "工作清单测试基地" + System.nanoTime() % 100000;
        long id = base(base, "222401");
        assertThat(home("yanbian.officer")).contains("“" + base + "”已登记");
        assertThat(home("hrss.director")).doesNotContain(base);
        jdbc.update("update cultivation_base set state = 'RECOMMENDED' where id = ?", id);
        assertThat(home("hrss.director")).contains("“" + base + "”已推荐为省级培育基地");
        assertThat(home("liaoyuan.officer")).doesNotContain(base);
        assertThat(home("yanbian.officer")).doesNotContain("“" + base + "”已登记");
    }

    // ---- records of other modules, made as their users make them --------------------------------------------------------

    /** An application for the provincial level of a new brand of 长春, opened by the city and recommended to HRSS. */
    private long recommendedApplication(String brandName) throws Exception {
        long brand = fixtures.brand(brandName, "220102");
        String location = mvc.perform(post("/brand-applications").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("brandId", String.valueOf(brand)).param("targetLevel", "PROVINCIAL").param("reasons", "规模大、技能强、口碑好。")
                        .param("achievements", "年输出一万人。").param("buildingPlan", "三年规划。").param("contactName", "刘洋")
                        .param("contactPhone", "13812345678").param("version", "0"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/brand-applications/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // the steps up to the recommendation are the application tests' subject; here it only has to wait for HRSS
        jdbc.update("update brand_application set state = 'RECOMMENDED' where id = ?", id);
        return id;
    }

    private String brandOf(long application) {
        return jdbc.queryForObject("select b.name from brand_application a join labor_brand b on b.id = a.brand_id where a.id = ?", String.class,
                application);
    }

    /** An expert of the pool, with this sign-in account or none. */
    private long expertOf(Long account) {
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return SystemActor.call(() -> experts.create(new ExpertDetails(account, "工作清单专家" + System.nanoTime() % 100000, "吉林大学", "教授", "劳动经济",
                Set.of("SKILL"), Set.of("C"), "焊工", "220000", phone), DataScope.province()), "expert:manage");
    }

    /** A base registered by an enterprise of the region, as the city registers it. */
    private long base(String name, String regionCode) {
        String body = "91" + regionCode + "WL" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String code = body.substring(0, 17) + CreditCode.checkCharacter(body.substring(0, 17));
        long brand = fixtures.brand("工作清单基地品牌", regionCode);
        return SystemActor.call(() -> {
            long organisation = organisations.register(new NewOrganisation(name + "所属企业", OrganisationKind.ENTERPRISE, regionCode, code, "延吉市某路"),
                    DataScope.province());
            long institution = institutions.register(new InstitutionDetails(organisation, InstitutionKind.ENTERPRISE, "延吉市某路", "联系人",
                    "13812345678"), DataScope.province());
            return bases.register(new BaseDetails(name, institution, List.of(brand), regionCode, "延吉市某路", 100, null, "联系人", "13812345678"),
                    DataScope.province());
        }, "organisation:register", "organisation:view", "base:edit", "base:view", "brand:view");
    }
}
