package cn.jilin.laborbrand.web.finance;

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
import cn.jilin.laborbrand.registry.mark.BrandMarkService;
import cn.jilin.laborbrand.registry.mark.MarkDetails;
import cn.jilin.laborbrand.registry.mark.MarkKind;
import cn.jilin.laborbrand.registry.mark.MarkStatus;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 二(三)1 through the pages: a city officer records a pledge loan on a brand of its region from the brand's page, finds
 * it in /brand-finance (filtered, exported and audited), edits it (a stale page is a 409) and marks it repaid once;
 * insurance likewise; another prefecture's records and brands are not found; hostile input comes back with a Chinese
 * message and stores nothing; a loan falling due is on the work list; a department without the permission is refused.
 */
@PortalTest
class BrandFinancePagesTest {

    private static final String CHANGCHUN = "220100";
    private static final String NANGUAN = "220102";
    private static final String YANBIAN = "222400";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BrandMarkService marks;

    private String cityOfficer() {
        String username = Fixtures.uniqueUsername("finance.city");
        fixtures.account(username, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        return username;
    }

    private long mark(long brand) {
        String number = String.valueOf(10_000_000 + System.nanoTime() % 89_999_999);
        return SystemActor.call(() -> marks.add(brand, new MarkDetails(MarkKind.TRADEMARK, number, "融资页面商标", 35, null, "某公司",
                LocalDate.of(2021, 1, 4), LocalDate.of(2022, 2, 1), null, MarkStatus.REGISTERED), DataScope.province()), "brand:view", "brand:edit");
    }

    private static MockHttpServletRequestBuilder pledge(String action, Object brand, Object mark, String bank, String amount, String grantedOn,
                                                        String term, String version) {
        return post(action).with(csrf()).param("brandId", String.valueOf(brand)).param("markId", String.valueOf(mark)).param("bank", bank)
                .param("amount", amount).param("grantedOn", grantedOn).param("termMonths", term).param("note", "质押说明").param("version", version);
    }

    private static MockHttpServletRequestBuilder policy(String action, Object brand, String insurer, String insured, String premium,
                                                        String startsOn, String endsOn, String number, String version) {
        return post(action).with(csrf()).param("brandId", String.valueOf(brand)).param("insurer", insurer).param("product", "劳务品牌职业责任险")
                .param("insuredAmount", insured).param("premium", premium).param("startsOn", startsOn).param("endsOn", endsOn)
                .param("policyNumber", number).param("version", version);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aCityOfficerRecordsAPledgeFromTheBrandPageFindsItEditsItAndMarksItRepaidOnce() throws Exception {
        String officer = cityOfficer();
        long brand = fixtures.brand("融资页面品牌", NANGUAN);
        long mark = mark(brand);
        String bank = "吉林银行长春分行（页面" + System.nanoTime() % 100000 + "）";
        mvc.perform(get("/brands/" + brand).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/brand-finance/pledges/new?brandId=" + brand + "\"")))
                .andExpect(content().string(containsString("href=\"/brand-finance/insurance/new?brandId=" + brand + "\"")));
        mvc.perform(get("/brand-finance/pledges/new").param("brandId", String.valueOf(brand)).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + mark + "\"")));
        mvc.perform(pledge("/brand-finance/pledges", brand, mark, bank, "1500000.50", "2025-01-31", "13", "0").with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "finance.pledge.created"));
        long id = count("select id from brand_pledge_loan where bank = ?", bank);
        assertThat(jdbc.queryForObject("select due_on from brand_pledge_loan where id = ?", LocalDate.class, id)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(jdbc.queryForObject("select region_code from brand_pledge_loan where id = ?", String.class, id)).isEqualTo(NANGUAN);
        assertThat(count("select count(*) from audit_event where action = 'finance.pledge.create' and object_id = ?", String.valueOf(id))).isOne();

        mvc.perform(get("/brands/" + brand).with(fixtures.as(officer))).andExpect(content().string(containsString("href=\"/brand-finance/pledges/" + id + "\"")));
        mvc.perform(get("/brand-finance").param("institution", bank).param("region", CHANGCHUN).param("status", "OUTSTANDING").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/brand-finance/pledges/" + id + "\"")))
                .andExpect(content().string(containsString("1,500,000.50")));
        mvc.perform(get("/brand-finance").param("institution", bank).param("status", "REPAID").with(fixtures.as(officer)))
                .andExpect(content().string(not(containsString("href=\"/brand-finance/pledges/" + id + "\""))));
        mvc.perform(get("/brand-finance").param("q", "融资页面品牌").param("institution", bank).with(fixtures.as(officer)))
                .andExpect(content().string(containsString("href=\"/brand-finance/pledges/" + id + "\"")));
        long exports = count("select count(*) from audit_event where action = 'finance.pledge.export'");
        mvc.perform(get("/brand-finance/export").param("kind", "PLEDGE").param("institution", bank).with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        assertThat(count("select count(*) from audit_event where action = 'finance.pledge.export'")).isEqualTo(exports + 1);

        mvc.perform(pledge("/brand-finance/pledges/" + id, brand, mark, bank, "1600000", "2025-01-31", "12", "0").with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "finance.pledge.updated"));
        mvc.perform(pledge("/brand-finance/pledges/" + id, brand, mark, bank, "1", "2025-01-31", "12", "0").with(fixtures.as(officer)))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select due_on from brand_pledge_loan where id = ?", LocalDate.class, id)).isEqualTo(LocalDate.of(2026, 1, 31));

        mvc.perform(get("/brand-finance/pledges/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-confirm=")))
                .andExpect(content().string(containsString("action=\"/brand-finance/pledges/" + id + "/repaid\"")));
        mvc.perform(post("/brand-finance/pledges/" + id + "/repaid").with(csrf()).with(fixtures.as(officer)).param("repaidOn", "2025-12-01")
                        .param("version", "1"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "finance.pledge.repaid"));
        mvc.perform(post("/brand-finance/pledges/" + id + "/repaid").with(csrf()).with(fixtures.as(officer)).param("repaidOn", "2025-12-02")
                        .param("version", "2"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "finance.pledge.alreadyRepaid"));
        assertThat(jdbc.queryForObject("select repaid_on from brand_pledge_loan where id = ?", LocalDate.class, id)).isEqualTo(LocalDate.of(2025, 12, 1));
        mvc.perform(get("/brand-finance/pledges/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已结清"))).andExpect(content().string(containsString("登记结清")))
                .andExpect(content().string(not(containsString("/repaid\""))));
    }

    @Test
    void insuranceIsRecordedListedByStatusAndItsNumberIsUniqueAtTheInsurer() throws Exception {
        String officer = cityOfficer();
        long brand = fixtures.brand("保险页面品牌", CHANGCHUN);
        String insurer = "中国人民财产保险（页面" + System.nanoTime() % 100000 + "）";
        int year = LocalDate.now().getYear();
        mvc.perform(policy("/brand-finance/insurance", brand, insurer, "5000000", "18000", year + "-01-01", year + "-12-31", "PZ-1", "0")
                        .with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "finance.insurance.created"));
        long id = count("select id from brand_insurance where insurer = ?", insurer);
        mvc.perform(policy("/brand-finance/insurance", brand, insurer, "1", "0", "2024-01-01", "2024-12-31", "PZ-1", "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("该保险机构已有相同保单号的保险")));
        mvc.perform(get("/brand-finance").param("kind", "INSURANCE").param("institution", insurer).param("status", "IN_FORCE").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/brand-finance/insurance/" + id + "\"")));
        mvc.perform(get("/brand-finance").param("kind", "INSURANCE").param("institution", insurer).param("status", "ENDED").with(fixtures.as(officer)))
                .andExpect(content().string(not(containsString("href=\"/brand-finance/insurance/" + id + "\""))));
        mvc.perform(get("/brand-finance/export").param("kind", "INSURANCE").with(fixtures.as(officer))).andExpect(status().isOk());
        mvc.perform(policy("/brand-finance/insurance/" + id, brand, insurer, "6000000", "20000", year + "-01-01", year + "-12-31", "PZ-1", "0")
                .with(fixtures.as(officer))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/brand-finance/insurance/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("6,000,000.00"))).andExpect(content().string(containsString("编辑")))
                .andExpect(content().string(containsString("在保")));
        assertThat(count("select count(*) from workflow_step where subject_type = 'brand_insurance' and subject_id = ?", id)).isEqualTo(2);
    }

    @Test
    void anotherPrefecturesRecordsAndBrandsAreNotFound() throws Exception {
        String officer = cityOfficer();
        long yanbianBrand = fixtures.brand("延边融资品牌", YANBIAN);
        long yanbianMark = mark(yanbianBrand);
        String bank = "延边农商银行（页面" + System.nanoTime() % 100000 + "）";
        mvc.perform(pledge("/brand-finance/pledges", yanbianBrand, yanbianMark, bank, "100000", "2025-03-01", "24", "0").with(fixtures.as("hrss.director")))
                .andExpect(status().is3xxRedirection());
        long id = count("select id from brand_pledge_loan where bank = ?", bank);
        mvc.perform(policy("/brand-finance/insurance", yanbianBrand, bank, "100000", "100", "2025-01-01", "2025-12-31", "YB-1", "0")
                .with(fixtures.as("hrss.director"))).andExpect(status().is3xxRedirection());
        long policyId = count("select id from brand_insurance where insurer = ?", bank);

        mvc.perform(get("/brand-finance/pledges/" + id).with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/brand-finance/pledges/" + id + "/edit").with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(pledge("/brand-finance/pledges/" + id, yanbianBrand, yanbianMark, "越权", "1", "2025-03-01", "24", "0").with(fixtures.as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/brand-finance/pledges/" + id + "/repaid").with(csrf()).with(fixtures.as(officer)).param("repaidOn", "2025-06-01")
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/brand-finance/insurance/" + policyId).with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/brand-finance/insurance/" + policyId + "/edit").with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/brand-finance/pledges/new").param("brandId", String.valueOf(yanbianBrand)).with(fixtures.as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(pledge("/brand-finance/pledges", yanbianBrand, yanbianMark, "越权银行", "1", "2025-03-01", "24", "0").with(fixtures.as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/brand-finance").param("institution", bank).with(fixtures.as(officer)))
                .andExpect(content().string(not(containsString("href=\"/brand-finance/pledges/" + id + "\""))));
        mvc.perform(get("/brand-finance").param("institution", bank).with(fixtures.as("hrss.reviewer")))
                .andExpect(content().string(containsString("href=\"/brand-finance/pledges/" + id + "\"")))
                .andExpect(content().string(not(containsString("href=\"/brand-finance/pledges/new\""))));
        mvc.perform(post("/brand-finance/pledges/" + id + "/repaid").with(csrf()).with(fixtures.as("hrss.reviewer")).param("repaidOn", "2025-06-01")
                .param("version", "0")).andExpect(status().isForbidden());
        assertThat(count("select count(*) from brand_pledge_loan where bank in ('越权', '越权银行')")).isZero();

        String department = Fixtures.uniqueUsername("finance.department");
        fixtures.account(department, "吉林省财政厅", false, "DEPARTMENT_OFFICER");
        mvc.perform(get("/brand-finance").with(fixtures.as(department))).andExpect(status().isForbidden());
    }

    @Test
    void hostileInputIsShownAgainWithAChineseMessageAndStoresNothing() throws Exception {
        String officer = cityOfficer();
        long brand = fixtures.brand("融资恶意品牌", CHANGCHUN);
        long mark = mark(brand);
        long otherBrand = fixtures.brand("融资另一品牌", CHANGCHUN);
        long otherMark = mark(otherBrand);
        String bank = "恶意银行" + System.nanoTime() % 100000;
        mvc.perform(pledge("/brand-finance/pledges", brand, otherMark, bank, "1000", "2025-01-01", "12", "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("只能选择本品牌的商标或专利")));
        mvc.perform(pledge("/brand-finance/pledges", brand, mark, bank, "0", "2025-01-01", "12", "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("金额须大于 0")));
        mvc.perform(pledge("/brand-finance/pledges", brand, mark, bank, "1.005", "2025-01-01", "12", "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("位小数")));
        mvc.perform(pledge("/brand-finance/pledges", brand, mark, bank, "9".repeat(40), "2025-01-01", "12", "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(pledge("/brand-finance/pledges", brand, mark, bank, "1000", "2025-13-01", "12", "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("日期格式应为")));
        mvc.perform(pledge("/brand-finance/pledges", brand, mark, bank, "1000", LocalDate.now().plusDays(5).toString(), "12", "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("日期不能晚于今天")));
        mvc.perform(pledge("/brand-finance/pledges", brand, mark, bank, "1000", "2025-01-01", "0", "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("期限须在 1 至 360 个月之间")));
        mvc.perform(pledge("/brand-finance/pledges", brand, "abc", "<script>alert(1)</script>", "1000", "2025-01-01", "x", "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请输入整数")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(pledge("/brand-finance/pledges", "abc", mark, bank, "1000", "2025-01-01", "12", "0").with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from brand_pledge_loan where bank = ? or bank like '%script%'", bank)).isZero();

        mvc.perform(policy("/brand-finance/insurance", brand, bank, "1000", "10", "2025-06-01", "2025-05-01", "H-1", "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("保险止期须晚于保险起期")));
        mvc.perform(policy("/brand-finance/insurance", brand, bank, "1000", "-1", "2025-01-01", "2025-12-31", "H-1", "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不能为负数")));
        mvc.perform(policy("/brand-finance/insurance", brand, " ", "1000", "1", "2025-01-01", "2025-12-31", "H".repeat(61), "0").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("此项为必填项")))
                .andExpect(content().string(containsString("长度不能超过 60 个字符")));
        assertThat(count("select count(*) from brand_insurance where insurer = ?", bank)).isZero();

        mvc.perform(get("/brand-finance").param("kind", "<x>").param("status", "NOPE").param("region", "abc").param("sort", "bank;drop")
                .param("page", "-3").with(fixtures.as(officer))).andExpect(status().isOk());
        mvc.perform(get("/brand-finance/pledges/new").param("brandId", "abc").with(fixtures.as(officer)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isBetween(400, 499));
    }

    @Test
    void aLoanFallingDueWithinThirtyDaysIsOnTheOfficersWorkList() throws Exception {
        String officer = cityOfficer();
        long brand = fixtures.brand("到期融资品牌", CHANGCHUN);
        long mark = mark(brand);
        String bank = "到期银行" + System.nanoTime() % 100000;
        String granted = LocalDate.now().minusMonths(12).plusDays(10).toString();
        mvc.perform(pledge("/brand-finance/pledges", brand, mark, bank, "100000", granted, "12", "0").with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        String home = mvc.perform(get("/").with(fixtures.as(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).satisfiesAnyOf(h -> assertThat(h).contains("在" + bank + "的质押贷款即将到期"),
                h -> assertThat(h).contains("笔质押贷款将在 30 天内到期"));
    }
}
