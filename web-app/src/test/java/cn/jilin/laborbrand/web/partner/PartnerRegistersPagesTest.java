package cn.jilin.laborbrand.web.partner;

import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.partner.FinanceFigures;
import cn.jilin.laborbrand.registry.partner.PartnerRegisterService;
import cn.jilin.laborbrand.training.partner.CooperationFigures;
import cn.jilin.laborbrand.training.partner.PartnerStartupService;
import cn.jilin.laborbrand.training.partner.StartupFigures;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.Workbooks;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /partner over the registers of issue 14 (V42): a department reads start-ups, incubation and brand finance (二(三)1),
 * parks (二(三)3), labour cooperation (二(二)2) and livelihood coverage (二(一)2) only when a measure it answers for covers
 * them; the figures count what the registers hold, a person once; no founder, trainee or server is named on a page or in
 * an export; exports are audited; nobody outside the province's departments reaches them.
 */
@PortalTest
class PartnerRegistersPagesTest {

    private static final List<String> AREAS = List.of("/partner/startups", "/partner/parks", "/partner/cooperation", "/partner/livelihood");
    private static final String LIAOYUAN = "220400";
    private static final String LIAOYUAN_COUNTY = "220402";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PartnerStartupService startups;
    @Autowired
    PartnerRegisterService registers;
    @Autowired
    PersonalDataCipher cipher;

    private String department(String organisation) {
        String username = Fixtures.uniqueUsername("partner.register");
        fixtures.account(username, organisation, false, "DEPARTMENT_OFFICER");
        return username;
    }

    private int statusOf(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse().getStatus();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String sheetText(String user, String path) throws Exception {
        byte[] bytes = mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return Workbooks.text(bytes);
    }

    @Test
    void eachDepartmentReadsTheRegistersOfItsOwnMeasures() throws Exception {
        // 财政厅 二(三)1 (and 二(二)2 by the demo leading group's decision, so cooperation is not asserted for it); 商务厅 二(二)2,
        // 二(二)3, 二(三)2, 二(三)3; 民政厅 二(一)2, 二(三)3; 教育厅 二(二)1
        record Expected(String department, List<String> open, List<String> closed) {
        }
        List<Expected> expected = List.of(
                new Expected("吉林省财政厅", List.of("/partner/startups"), List.of("/partner/parks", "/partner/livelihood")),
                new Expected("吉林省商务厅", List.of("/partner/parks", "/partner/cooperation"), List.of("/partner/startups", "/partner/livelihood")),
                new Expected("吉林省民政厅", List.of("/partner/parks", "/partner/livelihood"), List.of("/partner/startups", "/partner/cooperation")),
                new Expected("吉林省教育厅", List.of(), AREAS));
        for (Expected department : expected) {
            String officer = department(department.department());
            String overview = page(officer, "/partner");
            for (String area : AREAS) {
                boolean open = department.open().contains(area);
                if (!open && !department.closed().contains(area)) {
                    continue;
                }
                assertThat(statusOf(officer, area)).as(department.department() + " " + area).isEqualTo(open ? 200 : 404);
                if (!area.equals("/partner/livelihood")) {
                    assertThat(statusOf(officer, area + "/export")).as(department.department() + " export " + area).isEqualTo(open ? 200 : 404);
                }
                assertThat(overview.contains("href=\"" + area + "\"")).as(department.department() + " overview links " + area).isEqualTo(open);
            }
        }
        for (String area : AREAS) {
            page("hrss.reviewer", area);
        }
    }

    @Test
    void nobodyOutsideTheProvincesDepartmentsReachesThem() throws Exception {
        for (String user : new String[]{"changchun.officer", "expert.li", "inst.changchun"}) {
            for (String area : AREAS) {
                assertThat(statusOf(user, area)).as(user + " " + area).isEqualTo(403);
            }
            assertThat(statusOf(user, "/partner/startups/export")).isEqualTo(403);
        }
    }

    @Test
    void startupFiguresCountTheRegistersAndNameNoFounder() throws Exception {
        StartupFigures before = startupsOf(LIAOYUAN, 2024);
        FinanceFigures financeBefore = financeOf(LIAOYUAN, 2024);
        String founderId = residentId(LIAOYUAN_COUNTY);
        long brand = fixtures.brand("伙伴创业品牌", LIAOYUAN_COUNTY);
        long operator = fixtures.organisation("伙伴孵化运营", LIAOYUAN_COUNTY, OrganisationKind.ENTERPRISE);
        long incubator = jdbc.queryForObject("""
                insert into incubator (kind, name, region_code, operator_id, brand_space_m2, rent_waived, provincial_excellent, recognised_year)
                values ('INCUBATION_BASE', ?, ?, ?, 120.50, true, true, 2024) returning id""", Long.class,
                "伙伴孵化基地" + Fixtures.uniqueUsername("i"), LIAOYUAN_COUNTY, operator);
        jdbc.update("""
                insert into startup (name, region_code, brand_id, founded_on, jobs_created, founder_name, founder_resident_id_cipher,
                    founder_resident_id_index, startup_training, startup_training_on, loan_bank, loan_amount, loan_granted_on,
                    loan_term_months, loan_due_on, loan_interest_subsidy, tax_relief, incubator_id)
                values (?, ?, ?, date '2024-05-01', 7, '创业者某某', ?, ?, true, date '2024-03-01', '测试银行', 100000, date '2024-05-10',
                    24, date '2026-05-10', 3000, 500, ?)""",
                "伙伴创业实体" + Fixtures.uniqueUsername("s"), LIAOYUAN_COUNTY, brand, cipher.encrypt(founderId), cipher.blindIndex(founderId),
                incubator);
        long mark = jdbc.queryForObject("""
                insert into brand_mark (brand_id, kind, number, title, nice_class, holder, applied_on, registered_on, status)
                values (?, 'TRADEMARK', ?, '伙伴商标', 35, '某协会', date '2022-01-01', date '2023-01-01', 'REGISTERED') returning id""",
                Long.class, brand, "TM" + System.nanoTime() % 100000000);
        jdbc.update("""
                insert into brand_pledge_loan (brand_id, region_code, mark_id, bank, amount, granted_on, term_months, due_on, status)
                values (?, ?, ?, '测试银行', 800000, date '2024-06-01', 12, date '2025-06-01', 'OUTSTANDING')""", brand, LIAOYUAN_COUNTY, mark);
        jdbc.update("""
                insert into brand_insurance (brand_id, region_code, insurer, product, insured_amount, premium, starts_on, ends_on, policy_number)
                values (?, ?, '测试保险', '雇主责任险', 2000000, 3000, date '2024-07-01', date '2025-06-30', ?)""",
                brand, LIAOYUAN_COUNTY, "P" + System.nanoTime());

        StartupFigures after = startupsOf(LIAOYUAN, 2024);
        assertThat(after.startups() - before.startups()).isEqualTo(1);
        assertThat(after.jobs() - before.jobs()).isEqualTo(7);
        assertThat(after.trainedFounders() - before.trainedFounders()).isEqualTo(1);
        assertThat(after.incubated() - before.incubated()).isEqualTo(1);
        assertThat(after.loans() - before.loans()).isEqualTo(1);
        assertThat(after.loanAmount().subtract(before.loanAmount())).isEqualByComparingTo("100000");
        assertThat(after.interestSubsidy().subtract(before.interestSubsidy())).isEqualByComparingTo("3000");
        assertThat(after.taxRelief().subtract(before.taxRelief())).isEqualByComparingTo("500");
        assertThat(after.incubators() - before.incubators()).isEqualTo(1);
        assertThat(after.brandSpace().subtract(before.brandSpace())).isEqualByComparingTo("120.50");
        assertThat(after.excellent() - before.excellent()).isEqualTo(1);
        assertThat(startupsOf(LIAOYUAN, 2023).startups()).as("a year counts what was founded in it").isLessThan(after.startups());
        FinanceFigures financeAfter = financeOf(LIAOYUAN, 2024);
        assertThat(financeAfter.pledgeLoans() - financeBefore.pledgeLoans()).isEqualTo(1);
        assertThat(financeAfter.outstanding() - financeBefore.outstanding()).isEqualTo(1);
        assertThat(financeAfter.pledgedAmount().subtract(financeBefore.pledgedAmount())).isEqualByComparingTo("800000");
        assertThat(financeAfter.policies() - financeBefore.policies()).isEqualTo(1);
        assertThat(financeAfter.insuredAmount().subtract(financeBefore.insuredAmount())).isEqualByComparingTo("2000000");

        String finance = department("吉林省财政厅");
        String[] personal = {"创业者某某", founderId, Masking.residentId(founderId)};
        assertThat(page(finance, "/partner/startups?year=2024")).contains("辽源市", "data-prefecture=\"" + LIAOYUAN + "\"").doesNotContain(personal);
        assertThat(sheetText(finance, "/partner/startups/export?year=2024")).contains("辽源市", "合计").doesNotContain(personal);
    }

    @Test
    void cooperationCountsAPersonPlacedTwiceOnceAndNamesNobody() throws Exception {
        TrainingFixtures training = new TrainingFixtures(mvc, fixtures, jdbc);
        String changchun = "220100";
        CooperationFigures before = cooperationOf(changchun, 2025);
        String id = residentId("220102");
        long first = training.trainee("inst.changchun", training.course("inst.changchun", TrainingFixtures.SCHOOL, "协作统计班甲"), "协作学员某某", id);
        long second = training.trainee("inst.changchun", training.course("inst.changchun", TrainingFixtures.SCHOOL, "协作统计班乙"), "协作学员某某", id);
        jdbc.update("""
                insert into inbound_base (name, region_code, partner_name, place, signed_on, valid_until)
                values (?, '220102', '宁波某人社局', '浙江省宁波市', date '2024-01-01', null)""", "伙伴输入基地" + Fixtures.uniqueUsername("b"));
        jdbc.update("""
                insert into inbound_base (name, region_code, partner_name, place, signed_on, valid_until)
                values (?, '220102', '天津某人社局', '天津市', date '2020-01-01', date '2021-12-31')""", "过期输入基地" + Fixtures.uniqueUsername("b"));
        jdbc.update("insert into outbound_office (name, region_code, place, set_up_on) values (?, '220102', '浙江省宁波市', date '2024-01-01')",
                "伙伴驻外机构" + Fixtures.uniqueUsername("o"));
        long office = jdbc.queryForObject("select max(id) from outbound_office", Long.class);
        long vacancyA = vacancy(5, 2);
        long vacancyB = vacancy(3, 0);
        long placement = jdbc.queryForObject("insert into cooperation_placement (vacancy_id, region_code, trainee_id, placed_on) values (?, ?, ?, date '2025-04-01') returning id",
                Long.class, vacancyA, "220102", first);
        jdbc.update("insert into cooperation_placement (vacancy_id, region_code, trainee_id, placed_on) values (?, ?, ?, date '2025-05-01')",
                vacancyB, "220102", second);
        jdbc.update("insert into cooperation_follow_up (placement_id, region_code, served_on, server_name, office_id, content) values (?, '220102', date '2025-06-01', '服务员某某', ?, '回访')",
                placement, office);

        CooperationFigures after = cooperationOf(changchun, 2025);
        assertThat(after.inboundBases() - before.inboundBases()).as("only the agreement in force").isEqualTo(1);
        assertThat(after.offices() - before.offices()).isEqualTo(1);
        assertThat(after.vacancies() - before.vacancies()).isEqualTo(2);
        assertThat(after.places() - before.places()).isEqualTo(8);
        assertThat(after.otherHeadcount() - before.otherHeadcount()).isEqualTo(2);
        assertThat(after.placed() - before.placed()).as("one person placed twice").isEqualTo(1);
        assertThat(after.followUps() - before.followUps()).isEqualTo(1);

        String commerce = department("吉林省商务厅");
        String[] personal = {"协作学员某某", id, Masking.residentId(id), "服务员某某"};
        assertThat(page(commerce, "/partner/cooperation?year=2025")).contains("长春市").doesNotContain(personal);
        assertThat(sheetText(commerce, "/partner/cooperation/export?year=2025")).contains("长春市", "合计").doesNotContain(personal);
    }

    private long vacancy(int places, int otherHeadcount) {
        return jdbc.queryForObject("""
                insert into cooperation_vacancy (region_code, employer, occupation_code, places, pay_min, pay_max, place, posted_on, other_headcount)
                values ('220102', '宁波某制造企业', '6-22-01-01', ?, 5000, 7000, '浙江省宁波市', date '2025-03-01', ?) returning id""",
                Long.class, places, otherHeadcount);
    }

    @Test
    void parksShowTheirLatestOrTheChosenYearsFigures() throws Exception {
        String name = "伙伴产业园" + Fixtures.uniqueUsername("p").replace('.', '-');
        long park = jdbc.queryForObject("insert into industrial_park (name, region_code, positioning) values (?, ?, '汽车零部件上下游集聚') returning id",
                Long.class, name, LIAOYUAN_COUNTY);
        jdbc.update("insert into industrial_park_brand (park_id, brand_id) values (?, ?)", park, fixtures.brand("园区品牌", LIAOYUAN_COUNTY));
        jdbc.update("""
                insert into industrial_park_figures (park_id, year, land_mu, building_m2, receivables_financing, enterprises_in_zones, jobs)
                values (?, 2024, 11.5, 2000, 300000, 1, 120), (?, 2025, 22.5, 4000, 600000, 2, 345)""", park, park);
        String commerce = department("吉林省商务厅");

        String latest = page(commerce, "/partner/parks?name=" + name);
        assertThat(latest).contains(name, "汽车零部件上下游集聚", "辽源", "2025", "345", "600,000.00").doesNotContain("120</td>");
        String chosen = page(commerce, "/partner/parks?year=2024&name=" + name);
        assertThat(chosen).contains(name, "2024", "120", "300,000.00").doesNotContain("345</td>");
        assertThat(page(commerce, "/partner/parks?year=2023&name=" + name)).contains(name, "未报送该年度数据");
        assertThat(page(commerce, "/partner/parks?region=220100&name=" + name)).doesNotContain("data-park=\"" + park + "\"");
        assertThat(page(commerce, "/partner/parks?name=%25_%5C")).doesNotContain("data-park=\"" + park + "\"");
        assertThat(sheetText(commerce, "/partner/parks/export?name=" + name)).contains(name, "345");
    }

    @Test
    void livelihoodCoverageIsReadOnly() throws Exception {
        String civilAffairs = department("吉林省民政厅");
        String view = page(civilAffairs, "/partner/livelihood");
        assertThat(view).contains("livelihood-summary", "资源枯竭城市").doesNotContain("href=\"/catalog/livelihood-areas/", "href=\"/brands/");
        assertThat(page(civilAffairs, "/partner/livelihood?kind=RESOURCE_DEPLETED_CITY&gaps=true")).contains("livelihood-summary");
        // the catalogue's own view still links its areas
        assertThat(page("hrss.reviewer", "/catalog/livelihood-areas/brands")).contains("href=\"/catalog/livelihood-areas/");
        assertThat(statusOf(civilAffairs, "/catalog/livelihood-areas/brands")).isEqualTo(403);
    }

    @Test
    void exportsAreAudited() throws Exception {
        String finance = department("吉林省财政厅");
        String commerce = department("吉林省商务厅");
        sheetText(finance, "/partner/startups/export");
        sheetText(commerce, "/partner/parks/export");
        sheetText(commerce, "/partner/cooperation/export");
        for (Object[] expected : new Object[][]{{"partner.startups.export", finance}, {"partner.parks.export", commerce},
                {"partner.cooperation.export", commerce}}) {
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and username = ?", Long.class, expected))
                    .as(expected[0].toString()).isEqualTo(1);
        }
    }

    private StartupFigures startupsOf(String prefecture, int year) {
        return SystemActor.call(() -> startups.startups(year, DataScope.province()), "partner:view").stream()
                .filter(f -> f.prefectureCode().equals(prefecture)).findFirst().orElseThrow();
    }

    private FinanceFigures financeOf(String prefecture, int year) {
        return SystemActor.call(() -> registers.finance(year, DataScope.province()), "partner:view").stream()
                .filter(f -> f.prefectureCode().equals(prefecture)).findFirst().orElseThrow();
    }

    private CooperationFigures cooperationOf(String prefecture, int year) {
        return SystemActor.call(() -> startups.cooperation(year, DataScope.province()), "partner:view").stream()
                .filter(f -> f.prefectureCode().equals(prefecture)).findFirst().orElseThrow();
    }
}
