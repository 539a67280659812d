package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.mark.BrandMarkService;
import cn.jilin.laborbrand.registry.mark.MarkDetails;
import cn.jilin.laborbrand.registry.mark.MarkKind;
import cn.jilin.laborbrand.registry.mark.MarkStatus;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.TestClock;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A labor-brand industrial park in Chromium (二(三)3): a city officer registers a park of its region with one of its
 * brands and records last year's figures, which the park's page shows; and a pledge loan on a brand's trademark
 * (二(三)1), recorded from the brand's page and found in /brand-finance. The accounts and brands are the tests' own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
class ParkJourneyIT {

    private static final String CHANGCHUN = "220100";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Clock clock;
    @Autowired
    BrandMarkService marks;

    @Test
    void aCityOfficerRegistersAParkWithABrandAndRecordsAYearsFigures() throws Exception {
        String officer = Fixtures.uniqueUsername("park.journey");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        long brand = fixtures.brand("园区旅程品牌", CHANGCHUN);
        String name = "长春物流装备劳务品牌产业园（旅程" + System.nanoTime() % 100000 + "）";
        String year = String.valueOf(LocalDate.now(clock).getYear() - 1);
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-park-journey", () -> {
                browser.signIn(officer, Fixtures.DEMO_PASSWORD);
                browser.open("/parks");
                browser.clickAndWait("a[href='/parks/new']");
                browser.type("#name", name);
                browser.select("#regionCode", CHANGCHUN);
                browser.type("#positioning", "物流装备制造与仓储配送，集聚上下游企业");
                browser.choose("brandIds", "园区旅程品牌");
                browser.screenshot("70-park-new");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("产业园区已登记", name);
                browser.clickAndWait("a[href$='/figures/new']");
                browser.setValue("#year", year);
                browser.type("#landMu", "86.5");
                browser.type("#buildingM2", "12000");
                browser.type("#receivablesFinancing", "1500000.00");
                browser.type("#enterprisesInZones", "2");
                browser.type("#jobs", "420");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("年度数据已填报", "1,500,000.00", "420");
                browser.screenshot("71-park-figures");
                browser.signOut();
            });
        }
        long park = jdbc.queryForObject("select id from industrial_park where name = ?", Long.class, name);
        assertThat(jdbc.queryForObject("select jobs from industrial_park_figures where park_id = ? and year = ?", Integer.class, park,
                Integer.parseInt(year))).isEqualTo(420);
    }

    @Test
    void aCityOfficerRecordsAPledgeLoanFromTheBrandPageAndFindsItInTheFinanceList() throws Exception {
        String officer = Fixtures.uniqueUsername("finance.journey");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        long brand = fixtures.brand("质押旅程品牌", CHANGCHUN);
        String number = String.valueOf(30_000_000 + System.nanoTime() % 69_999_999);
        long mark = SystemActor.call(() -> marks.add(brand, new MarkDetails(MarkKind.TRADEMARK, number, "质押旅程商标", 35, null, "某公司",
                LocalDate.of(2021, 1, 4), LocalDate.of(2022, 2, 1), null, MarkStatus.REGISTERED), DataScope.province()), "brand:view", "brand:edit");
        String bank = "吉林银行长春分行（旅程" + System.nanoTime() % 100000 + "）";
        String granted = LocalDate.now(clock).minusMonths(2).toString();
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-finance-journey", () -> {
                browser.signIn(officer, Fixtures.DEMO_PASSWORD);
                browser.open("/brands/" + brand);
                browser.clickAndWait("a[href='/brand-finance/pledges/new?brandId=" + brand + "']");
                browser.select("#markId", String.valueOf(mark));
                browser.type("#bank", bank);
                browser.type("#amount", "2000000.00");
                browser.setValue("#grantedOn", granted);
                browser.setValue("#termMonths", "24");
                browser.screenshot("72-finance-pledge-new");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("质押贷款已登记", bank, "2,000,000.00", "未结清", number);
                browser.open("/brand-finance?institution=" + java.net.URLEncoder.encode(bank, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(browser.text()).contains("质押旅程品牌", bank, "2,000,000.00");
                browser.screenshot("73-finance-list");
                browser.signOut();
            });
        }
        assertThat(jdbc.queryForObject("select count(*) from brand_pledge_loan where brand_id = ? and bank = ? and status = 'OUTSTANDING'",
                Long.class, brand, bank)).isOne();
    }

    /**
     * 二(二)3's standards register: HRSS registers a group standard for a brand chosen by typing, withdraws it on its edit
     * form, and the page tells both in its history; a city officer finds it in the list and reads it, with no way to
     * change it.
     */
    @Test
    void theProvinceRegistersAndWithdrawsAStandardWhichACityReads() throws Exception {
        fixtures.brand("标准旅程品牌", CHANGCHUN);
        String title = "汽车装调工服务规范（旅程" + System.nanoTime() % 100000 + "）";
        String number = "T/JLQC " + System.nanoTime() % 100000 + "—2025";
        String officer = Fixtures.uniqueUsername("standard.journey");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-standard-journey", () -> {
                browser.signIn("hrss.director", Fixtures.DEMO_PASSWORD);
                browser.open("/standards");
                browser.clickAndWait("a[href='/standards/new']");
                browser.select("#kind", "GROUP");
                browser.type("#title", title);
                browser.type("#number", number);
                browser.type("#issuingBody", "吉林省汽车行业协会");
                browser.choose("brandIds", "标准旅程品牌");
                browser.setValue("#issuedOn", "2025-03-01");
                browser.setValue("#effectiveFrom", "2025-04-01");
                browser.select("#status", "IN_FORCE");
                browser.screenshot("74-standard-new");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("品牌标准已登记", title, "现行有效", "标准旅程品牌", "变更记录", "登记");
                browser.clickAndWait("a[href$='/edit']");
                browser.select("#status", "WITHDRAWN");
                browser.setValue("#withdrawnOn", "2026-01-15");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("品牌标准已保存", "已废止", "废止日期：— → 2026-01-15");
                browser.screenshot("75-standard-withdrawn");
                browser.signOut();

                browser.signIn(officer, Fixtures.DEMO_PASSWORD);
                browser.open("/standards?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(browser.text()).contains(title, "已废止");
                assertThat(browser.script("return document.querySelectorAll(\"a[href='/standards/new']\").length")).isEqualTo(0L);
                browser.clickAndWait("a[href^='/standards/']:not([href$='/new']):not([href*='export'])");
                assertThat(browser.text()).contains(title, "吉林省汽车行业协会", "变更记录", "废止");
                assertThat(browser.script("return document.querySelectorAll(\"#main a[href$='/edit']\").length")).isEqualTo(0L);
                browser.screenshot("76-city-reads-standard");
                browser.signOut();
            });
        }
        assertThat(jdbc.queryForObject("select status from brand_standard where title = ?", String.class, title)).isEqualTo("WITHDRAWN");
    }
}
