package cn.jilin.laborbrand.web.partner;

import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.governance.task.PlanOwner;
import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.Workbooks;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.account.SystemActor;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /partner (issue 13): a provincial department reads what its measures cover and nothing else — 商务厅 (二(二)3 …) the
 * brands, not training; 教育厅 (二(二)1) training, not brands; 财政厅 (二(三)1) the budgets — with no personal data on any
 * page or export; a city officer or an expert cannot reach it; exports are audited.
 */
@PortalTest
class PartnerPagesTest {

    private static final String COMMERCE = "吉林省商务厅";
    private static final String EDUCATION = "吉林省教育厅";
    private static final String FINANCE = "吉林省财政厅";
    private static final String PHONE = "13912345678";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    private TrainingFixtures training;
    private String commerce;
    private String education;
    private String finance;

    @BeforeEach
    void accounts() {
        training = new TrainingFixtures(mvc, fixtures, jdbc);
        commerce = department("commerce", COMMERCE);
        education = department("education", EDUCATION);
        finance = department("finance", FINANCE);
    }

    private String department(String prefix, String organisation) {
        String username = Fixtures.uniqueUsername("partner." + prefix);
        fixtures.account(username, organisation, false, "DEPARTMENT_OFFICER");
        return username;
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int statusOf(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse().getStatus();
    }

    private String sheetText(String user, String path) throws Exception {
        byte[] bytes = mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return Workbooks.text(bytes);
    }

    private long brandWithCreditAndLeader(String prefix, String leader) {
        long brand = fixtures.brand(prefix, "220402");
        jdbc.update("update labor_brand set brand_leader = ? where id = ?", leader, brand);
        jdbc.update("insert into credit_evaluation (brand_id, rating, evaluator, evaluated_on, basis) values (?, 'B', '测试评价机构', date '2026-02-01', '测试')",
                brand);
        jdbc.update("insert into credit_violation (brand_id, occurred_on, description, severity, recorded_by_name) values (?, date '2026-03-01', '测试违规', 'MINOR', '测试员')",
                brand);
        return brand;
    }

    private String brandName(long brand) {
        return jdbc.queryForObject("select name from labor_brand where id = ?", String.class, brand);
    }

    @Test
    void commerceSeesBrandsWithCreditButNotTraining() throws Exception {
        long brand = brandWithCreditAndLeader("商务可见品牌", "带头人甲乙丙");
        String name = brandName(brand);

        String overview = page(commerce, "/partner");
        assertThat(overview).contains("二(二)3", "二(二)2", "二(三)2", "二(三)3", "/partner/brands", "/partner/priority-groups")
                .doesNotContain("href=\"/partner/training\"", "二(二)1");
        String list = page(commerce, "/partner/brands?size=200&name=商务可见品牌");
        assertThat(list).contains(name, "B级", "辽源").doesNotContain("带头人甲乙丙");
        assertThat(sheetText(commerce, "/partner/brands/export?name=商务可见品牌")).contains(name).doesNotContain("带头人甲乙丙");

        assertThat(statusOf(commerce, "/partner/training")).isEqualTo(404);
        assertThat(statusOf(commerce, "/partner/training/export")).isEqualTo(404);
        assertThat(statusOf(commerce, "/partner/priority-groups")).isEqualTo(200);
    }

    @Test
    void educationSeesTrainingButNotBrands() throws Exception {
        assertThat(page(education, "/partner")).contains("二(二)1", "/partner/training").doesNotContain("href=\"/partner/brands\"");
        page(education, "/partner/training");
        assertThat(statusOf(education, "/partner/brands")).isEqualTo(404);
        assertThat(statusOf(education, "/partner/brands/export")).isEqualTo(404);
        assertThat(statusOf(education, "/partner/priority-groups")).isEqualTo(404);
    }

    @Test
    void aDepartmentSeesTheAreasOfTheMeasuresItCarriesATaskOn() throws Exception {
        // a department outside every bracket, then given a task on 二(二)3 (as a leading-group decision or HRSS gives one)
        String name = "伙伴测试部门" + Fixtures.uniqueUsername("p").replace('.', '-');
        long department = jdbc.queryForObject("insert into organisation (name, kind, region_code) values (?, 'PROVINCIAL_DEPARTMENT', '220000') returning id",
                Long.class, name);
        String officer = department("newcomer", name);
        assertThat(statusOf(officer, "/partner/brands")).isEqualTo(404);
        long measure = jdbc.queryForObject("select id from plan_measure where code = '二(二)3'", Long.class);
        SystemActor.run(() -> tasks.create(PlanOwner.province(), measure, department, LocalDate.of(2027, 12, 31), null, DataScope.province()), "task:manage");
        assertThat(page(officer, "/partner")).contains("二(二)3", "/partner/brands");
        assertThat(statusOf(officer, "/partner/brands")).isEqualTo(200);
        assertThat(statusOf(officer, "/partner/training")).isEqualTo(404);
    }

    @Test
    void financeIsLedToTheBudgetsItAlreadyReads() throws Exception {
        assertThat(page(finance, "/partner")).contains("二(三)1", "/subsidies/budgets").doesNotContain("href=\"/partner/brands\"");
        page(finance, "/subsidies/budgets");
        assertThat(statusOf(finance, "/partner/brands")).isEqualTo(404);
        assertThat(statusOf(finance, "/partner/training")).isEqualTo(404);
    }

    @Test
    void trainingAndPriorityGroupFiguresCountPeopleAndShowNoneOfThem() throws Exception {
        long course = training.course("inst.changchun", TrainingFixtures.SCHOOL, "部门统计班");
        String id = residentId("220102");
        long trainee = training.trainee("inst.changchun", course, "统计学员某某", id);
        jdbc.update("update trainee set priority_groups = 'POVERTY_ALLEVIATED' where id = ?", trainee);
        training.certificate("inst.changchun", course, trainee, "PARTNER-" + course, training.organisationOf(TrainingFixtures.SCHOOL));
        String[] personal = {"统计学员某某", id, Masking.residentId(id), PHONE, "139****5678", "PARTNER-" + course};

        String figures = page(education, "/partner/training?region=220100&occupation=6-22-01-01&year=2026");
        assertThat(figures).contains("长春", "汽车装调工", "数据统计于").doesNotContain(personal);
        assertThat(sheetText(education, "/partner/training/export?region=220100")).contains("汽车装调工").doesNotContain(personal);

        String groups = page(commerce, "/partner/priority-groups?year=2026");
        assertThat(groups).contains("脱贫人口", "长春", "数据统计于").doesNotContain(personal);
        assertThat(sheetText(commerce, "/partner/priority-groups/export?year=2026")).contains("脱贫人口").doesNotContain(personal);
        assertThat(page(commerce, "/partner/brands?size=200")).doesNotContain(personal);
    }

    @Test
    void theProvinceSeesEveryArea() throws Exception {
        for (String path : new String[]{"/partner", "/partner/brands", "/partner/training", "/partner/priority-groups"}) {
            page("hrss.reviewer", path);
        }
    }

    @Test
    void cityOfficersExpertsAndInstitutionsCannotReachPartnerViews() throws Exception {
        for (String user : new String[]{"changchun.officer", "expert.li", "inst.changchun"}) {
            for (String path : new String[]{"/partner", "/partner/brands", "/partner/brands/export", "/partner/training", "/partner/priority-groups"}) {
                assertThat(statusOf(user, path)).as(user + " " + path).isEqualTo(403);
            }
        }
    }

    @Test
    void exportsAreAudited() throws Exception {
        sheetText(commerce, "/partner/brands/export");
        sheetText(education, "/partner/training/export");
        sheetText(commerce, "/partner/priority-groups/export");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'partner.brands.export' and username = ?", Long.class,
                commerce)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'partner.training.export' and username = ?", Long.class,
                education)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'partner.priorityGroups.export' and username = ?",
                Long.class, commerce)).isEqualTo(1);
    }
}
