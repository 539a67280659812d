package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.cooperation.FollowUpDetails;
import cn.jilin.laborbrand.training.cooperation.PlacementService;
import cn.jilin.laborbrand.training.cooperation.VacancyDetails;
import cn.jilin.laborbrand.training.cooperation.VacancyService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.TestClock;
import cn.jilin.laborbrand.web.cooperation.CooperationFixtures;
import java.math.BigDecimal;
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
 * Labour cooperation in Chromium (二(二)2): a city officer records an input base and a vacancy on it, places a trained
 * worker of the city (listed masked) and records a follow-up; then corrects a follow-up (its history shown) and closes
 * a vacancy with a reason after confirming. The accounts, workers and vacancies are the tests' own.
 * Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
class CooperationJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CooperationFixtures workers;
    @Autowired
    Clock clock;
    @Autowired
    VacancyService vacancies;
    @Autowired
    PlacementService placements;
    @Autowired
    RegionService regions;

    @Test
    void aCityOfficerRecordsABaseAndAVacancyPlacesATrainedWorkerAndFollowsThemUp() throws Exception {
        String officer = Fixtures.uniqueUsername("coop.journey");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        String residentId = CooperationFixtures.residentId("220104");
        long trainee = workers.trainedWorker("220104", CooperationFixtures.WELDER, "旅程焊工", residentId);
        String suffix = String.valueOf(System.nanoTime() % 100000);
        String today = LocalDate.now(clock).toString();
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-cooperation-journey", () -> {
                browser.signIn(officer, Fixtures.DEMO_PASSWORD);
                browser.open("/cooperation/input-bases/new");
                browser.type("#name", "宁波旅程输入基地" + suffix);
                browser.type("#partnerName", "宁波市北仑区人力资源和社会保障局");
                browser.type("#place", "浙江省宁波市");
                browser.setValue("#signedOn", "2025-01-01");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("劳务输入基地已登记", "宁波旅程输入基地" + suffix);
                long base = jdbc.queryForObject("select id from inbound_base where name = ?", Long.class, "宁波旅程输入基地" + suffix);

                browser.open("/cooperation/vacancies/new");
                browser.type("#employer", "宁波旅程汽车部件厂" + suffix);
                browser.select("#occupationCode", CooperationFixtures.WELDER);
                browser.type("#place", "浙江省宁波市北仑区");
                browser.type("#places", "3");
                browser.type("#payMin", "6000");
                browser.type("#payMax", "8500");
                browser.setValue("#postedOn", today);
                browser.select("#inboundBaseId", String.valueOf(base));
                browser.screenshot("70-cooperation-vacancy-form");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("岗位信息已发布", "旅程焊工").doesNotContain(residentId);

                browser.select("#traineeId", String.valueOf(trainee));
                browser.setValue("#placedOn", today);
                browser.clickAndWait("form[action$='/placements'] button[type=submit]");
                assertThat(browser.text()).contains("上岗已登记", "旅程焊工");
                long placement = jdbc.queryForObject("select id from cooperation_placement where trainee_id = ?", Long.class, trainee);

                browser.type("#serverName-" + placement, "王站长");
                browser.type("#content-" + placement, "到厂回访，住宿和工资均已落实。");
                browser.clickAndWait("form[action$='/follow-ups'] button[type=submit]");
                assertThat(browser.text()).contains("跟踪服务已记录", "到厂回访").doesNotContain(residentId);
                browser.screenshot("71-cooperation-followed-up");
            });
        }
        assertThat(jdbc.queryForObject("select count(*) from cooperation_follow_up f join cooperation_placement p on p.id = f.placement_id "
                + "where p.trainee_id = ?", Long.class, trainee)).isOne();
    }

    @Test
    void aCityOfficerCorrectsAFollowUpAndClosesTheVacancyWithAReason() throws Exception {
        String officer = Fixtures.uniqueUsername("coop.close");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        long trainee = workers.trainedWorker("220104", CooperationFixtures.WELDER, "关闭旅程焊工", CooperationFixtures.residentId("220104"));
        LocalDate today = LocalDate.now(clock);
        String employer = "天津旅程关闭厂" + System.nanoTime() % 100000;
        DataScope changchun = DataScope.region("220100", regions.coveredCodes("220100"));
        long[] ids = SystemActor.call(() -> {
            long vacancy = vacancies.register(new VacancyDetails("220100", employer, CooperationFixtures.WELDER, 4, new BigDecimal("5500"),
                    new BigDecimal("7000"), "天津市滨海新区", null, today.minusDays(20), null, 0, null), changchun);
            long placement = placements.place(vacancy, trainee, today.minusDays(10), changchun);
            long followUp = placements.followUp(vacancy, placement, new FollowUpDetails(today.minusDays(2), "赵干事", null, "电话回访"), changchun);
            return new long[]{vacancy, followUp};
        }, "cooperation:view", "cooperation:manage", "training:view");
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-cooperation-close-journey", () -> {
                browser.signIn(officer, Fixtures.DEMO_PASSWORD);
                browser.open("/cooperation/vacancies/" + ids[0]);
                browser.click("#follow-up-edit-" + ids[1] + " summary");
                browser.type("#content-f" + ids[1], "到厂回访，已签订一年劳动合同。");
                browser.clickAndWait("#follow-up-edit-" + ids[1] + " button[type=submit]");
                assertThat(browser.text()).contains("跟踪服务记录已修改", "到厂回访，已签订一年劳动合同。", "服务内容：电话回访 →");

                browser.type("#close-comment", "用工单位本年度停止招用");
                browser.clickAndConfirm("#close-vacancy");
                assertThat(browser.text()).contains("岗位已关闭", "已关闭", "用工单位本年度停止招用", "该岗位已关闭，不能再登记上岗");
                browser.screenshot("72-cooperation-vacancy-closed");
                browser.signOut();
            });
        }
        assertThat(jdbc.queryForObject("select status from cooperation_vacancy where id = ?", String.class, ids[0])).isEqualTo("CLOSED");
    }

    /** A resident office outside the province: registered, found on its page with its history, moved to a new place. */
    @Test
    void aCityOfficerRegistersAResidentOfficeAndMovesIt() throws Exception {
        String officer = Fixtures.uniqueUsername("coop.office");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        String name = "长春驻天津劳务工作站（旅程" + System.nanoTime() % 100000 + "）";
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-cooperation-office-journey", () -> {
                browser.signIn(officer, Fixtures.DEMO_PASSWORD);
                browser.open("/cooperation/offices");
                browser.clickAndWait("a[href='/cooperation/offices/new']");
                browser.type("#name", name);
                browser.type("#place", "天津市滨海新区");
                browser.type("#officePhone", "022-12345678");
                browser.setValue("#setUpOn", "2025-06-01");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("驻外劳务机构已登记", name, "天津市滨海新区", "变更记录", "登记");
                browser.clickAndWait("a[href$='/edit']");
                browser.type("#place", "天津市西青区");
                browser.clickAndWait("#main form button[type=submit]");
                assertThat(browser.text()).contains("驻外劳务机构已修改", "驻在地：天津市滨海新区 → 天津市西青区");
                browser.screenshot("73-cooperation-office-moved");
                browser.open("/cooperation/offices?q=" + java.net.URLEncoder.encode("旅程", java.nio.charset.StandardCharsets.UTF_8));
                assertThat(browser.text()).contains(name, "天津市西青区");
                browser.signOut();
            });
        }
        assertThat(jdbc.queryForObject("select place from outbound_office where name = ?", String.class, name)).isEqualTo("天津市西青区");
    }
}
