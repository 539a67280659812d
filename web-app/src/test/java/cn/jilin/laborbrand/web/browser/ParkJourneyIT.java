package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * brands and records last year's figures, which the park's page shows. The account and the brand are the test's own.
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
}
