package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.batch.BatchService;
import cn.jilin.laborbrand.subsidy.budget.BudgetService;
import cn.jilin.laborbrand.subsidy.policy.ApprovalLevel;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyDetails;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.StandardDetails;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import cn.jilin.laborbrand.training.certificate.CertificateDetails;
import cn.jilin.laborbrand.training.certificate.CertificateKind;
import cn.jilin.laborbrand.training.certificate.CertificateService;
import cn.jilin.laborbrand.training.course.CourseDetails;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.trainee.TraineeDetails;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.TestClock;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Subsidies in Chromium, from certified trainees to a paid claim: 长春's officer makes a claim from a course's
 * certificate (policy, then the course found by typing, then the people), enters the payee's account, submits,
 * verifies, approves and puts it on public notice; the public sees it masked; after the notice a fund officer builds
 * a batch and imports the bank's return; the claim is paid and the public list shows it. Screenshots in
 * target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
class SubsidyJourneyIT {

    private static final String BUREAU = "长春市人力资源和社会保障局";
    private static final String[] SETUP = {"subsidy:policy", "subsidy:budget", "subsidy:view", "subsidy:budget:view", "training:view",
            "training:edit", "subsidy:disburse", "base:view", "organisation:view"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock testClock;
    @Autowired
    Clock clock;
    @Autowired
    PolicyService policies;
    @Autowired
    BudgetService budgets;
    @Autowired
    BatchService batches;
    @Autowired
    CourseService courses;
    @Autowired
    TraineeService trainees;
    @Autowired
    CertificateService certificates;
    @Autowired
    RegionService regions;

    @AfterEach
    void backToNow() {
        testClock.reset();
    }

    @Test
    void aCertifiedTraineeIsPaidOnceThroughClaimNoticeBatchAndBankReturn() throws Exception {
        String tag = String.valueOf(System.nanoTime() % 100000);
        String courseName = "焊工技能提升班（补贴旅程" + tag + "）";
        long policy = SystemActor.call(() -> {
            long id = policies.create("JOURNEY-" + tag, new PolicyDetails("职业技能培训补贴（旅程" + tag + "）", SubsidyKind.TRAINING, PayeeKind.PERSON,
                    EvidenceKind.CERTIFICATE, "SKILL_LEVEL", List.of("身份证复印件", "职业技能等级证书"), ApprovalLevel.CITY, 5, 12, 3, true, true,
                    "吉林省职业技能提升行动补贴标准（2020）", true));
            policies.addStandard(id, new StandardDetails(LocalDate.of(2020, 1, 1), 4, new BigDecimal("1500"), null, 110, "中级工"));
            budgets.allocate(LocalDate.now(clock).getYear(), "220100", id, new BigDecimal("200000"), DataScope.province());
            return id;
        }, SETUP);
        long school = jdbc.queryForObject("select id from institution where name = ?", Long.class, TrainingFixtures.SCHOOL);
        DataScope changchun = DataScope.region("220100", regions.coveredCodes("220100"));
        long course = SystemActor.call(() -> {
            long id = courses.create(new CourseDetails(courseName, "6-22-01-01", null, null, school, LocalDate.now(clock).minusMonths(4),
                    LocalDate.now(clock).minusMonths(2), 160, true, CourseStatus.FINISHED), changchun);
            long trainee = trainees.add(id, new TraineeDetails("赵雪梅", TrainingFixtures.residentId("220102"), "13912345678", "220102", Set.of(),
                    null, null), changchun);
            certificates.record(id, new CertificateDetails(trainee, CertificateKind.SKILL_LEVEL, "JRN-" + tag, "6-22-01-01", 4,
                    LocalDate.now(clock).minusMonths(1), fixtures.organisationId(BUREAU)), changchun);
            return id;
        }, SETUP);
        String fund = Fixtures.uniqueUsername("fund.journey");
        fixtures.account(fund, BUREAU, false, "FUND_OFFICER");

        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-subsidy-journey", () -> journey(browser, policy, course, courseName, fund, changchun));
        }
        String state = jdbc.queryForObject("select state from subsidy_claim where policy_id = ?", String.class, policy);
        assertThat(state).isEqualTo("PAID");
        assertThat(jdbc.queryForObject("select spent from subsidy_budget where policy_id = ?", BigDecimal.class, policy))
                .isEqualByComparingTo("1500");
    }

    private void journey(Browser browser, long policy, long course, String courseName, String fund, DataScope changchun) throws Exception {
        // the city makes the claim from the course's certificate
        browser.signIn("changchun.officer", Fixtures.DEMO_PASSWORD);
        browser.waitForPath("/");
        browser.open("/subsidies/claims/new");
        browser.select("#policyId", String.valueOf(policy));
        browser.clickAndWait("#main form button[type=submit]");
        browser.type("#evidenceId-search", "补贴旅程");
        browser.click("#evidenceId-options [role=option]");
        browser.clickAndWait("#main form button[type=submit]");
        assertThat(browser.text()).contains("赵雪梅", "22****************");
        browser.screenshot("60-subsidy-claim-people");
        browser.clickAndWait("form[action='/subsidies/claims'] button[type=submit]");
        assertThat(browser.text()).contains("检查通过", "1,500.00");

        browser.select("#accountKind", "BANK");
        browser.type("#accountNumber", "6222021234567890123");
        browser.type("#bankName", "中国建设银行长春人民广场支行");
        browser.clickAndWait("form[action$='/account'] button[type=submit]");
        assertThat(browser.text()).contains("6222***********0123").doesNotContain("6222021234567890123");
        browser.screenshot("61-subsidy-claim-draft");
        browser.clickAndConfirm("form[action$='/submit'] button");
        browser.clickAndConfirm("form[action$='/verify'] button");
        browser.clickAndConfirm("form[action$='/approve'] button");
        assertThat(browser.text()).contains("已审批通过");
        browser.clickAndConfirm("form[action$='/start-notice'] button");
        assertThat(browser.text()).contains("公示中");
        browser.screenshot("62-subsidy-claim-on-notice");
        browser.signOut();

        // the public sees the notice, masked
        browser.open("/public/subsidies?region=220100");
        assertThat(browser.text()).contains("赵*梅").doesNotContain("赵雪梅");
        browser.screenshot("63-subsidy-public-notice");

        // after the notice period the city makes it payable
        testClock.travel(Duration.ofDays(6));
        browser.signIn("changchun.officer", Fixtures.DEMO_PASSWORD);
        browser.waitForPath("/");
        long claim = jdbc.queryForObject("select id from subsidy_claim where policy_id = ?", Long.class, policy);
        browser.open("/subsidies/claims/" + claim);
        browser.clickAndConfirm("form[action$='/end-notice'] button");
        assertThat(browser.text()).contains("待拨付");
        browser.signOut();

        // the fund officer builds a batch, sends the bank file and imports the bank's answer
        browser.signIn(fund, Fixtures.DEMO_PASSWORD);
        browser.waitForPath("/");
        long budget = jdbc.queryForObject("select id from subsidy_budget where policy_id = ?", Long.class, policy);
        browser.open("/subsidies/batches/new");
        browser.select("#budget", String.valueOf(budget));
        browser.clickAndWait("#main form button[type=submit]");
        browser.screenshot("64-subsidy-batch-new");
        browser.clickAndWait("form[action='/subsidies/batches'] button[type=submit]");
        assertThat(browser.text()).contains("拨付批次已生成");
        long batch = Long.parseLong(browser.currentPath().substring("/subsidies/batches/".length()));
        // the bank file is what the browser would download; read it as the bank would
        ByteArrayOutputStream bankFile = new ByteArrayOutputStream();
        SystemActor.run(() -> {
            try {
                batches.exportBankFile(batch, changchun, bankFile);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "subsidy:disburse");
        List<String> line;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bankFile.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            DataFormatter cells = new DataFormatter();
            line = List.of(cells.formatCellValue(row.getCell(0)), cells.formatCellValue(row.getCell(1)), cells.formatCellValue(row.getCell(6)));
        }
        Path answer = Files.createTempDirectory("bank").resolve("回盘.xlsx");
        Files.write(answer, TrainingFixtures.xlsx(List.of("序号", "申请编号", "金额（元）", "结果", "失败原因"),
                List.of(List.of(line.get(0), line.get(1), line.get(2), "成功", ""))));
        browser.open("/subsidies/batches/" + batch);
        browser.upload("#file", answer);
        browser.clickAndWait("form[action$='/return'] button[type=submit]");
        assertThat(browser.text()).contains("回盘已导入", "已回盘", "成功");
        browser.screenshot("65-subsidy-batch-settled");
        browser.signOut();

        browser.open("/public/subsidies?region=220100");
        assertThat(browser.text()).contains(line.get(1));
        browser.screenshot("66-subsidy-public-paid");
    }
}
