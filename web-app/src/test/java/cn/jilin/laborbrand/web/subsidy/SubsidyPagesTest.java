package cn.jilin.laborbrand.web.subsidy;

import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.TestClock;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The subsidy pages end to end through the portal, on records each test makes: a policy and its standard, a budget
 * line, a Changchun course with a certified trainee; a claim made from the certificate, checked, approved, put on
 * public notice, paid through a bank file and its return, and recovered — each step with the budget as it must stand —
 * and another city that sees none of it.
 */
@PortalTest
class SubsidyPagesTest {

    private static final String DIRECTOR = "hrss.director";
    private static final String CITY = "changchun.officer";
    private static final String OTHER_CITY = "liaoyuan.officer";
    private static final String BUREAU = "长春市人力资源和社会保障局";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock testClock;
    @Autowired
    Clock clock;
    @Autowired
    MessageSource messages;

    private long policy;
    private long budget;
    private long course;
    private String holder;
    private String residentId;
    private String fund;

    @BeforeEach
    void policyBudgetAndACertifiedTrainee() throws Exception {
        String code = "TEST-" + System.nanoTime() % 1_000_000;
        MvcResult created = mvc.perform(post("/subsidies/policies").with(csrf()).with(fixtures.as(DIRECTOR))
                .param("code", code).param("name", "测试培训补贴" + code).param("kind", "TRAINING").param("payeeKind", "PERSON")
                .param("evidence", "CERTIFICATE").param("certificateKind", "SKILL_LEVEL").param("approvalLevel", "CITY").param("noticeDays", "5")
                .param("claimWindowMonths", "12").param("yearlyLimit", "3").param("sameOccupationLevelOnce", "true")
                .param("noLowerAfterHigher", "true").param("active", "true").param("documents", "身份证复印件\n证书复印件").param("version", "0"))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).as(created.getResponse().getContentAsString()).startsWith("/subsidies/policies/");
        policy = jdbc.queryForObject("select id from subsidy_policy where code = ?", Long.class, code);
        mvc.perform(post("/subsidies/policies/" + policy + "/standards").with(csrf()).with(fixtures.as(DIRECTOR))
                .param("effectiveFrom", "2020-01-01").param("skillLevel", "4").param("amount", "1500").param("minHours", "110")).andReturn();
        mvc.perform(post("/subsidies/budgets").with(csrf()).with(fixtures.as(DIRECTOR))
                .param("year", String.valueOf(year())).param("regionCode", "220100").param("policyId", String.valueOf(policy))
                .param("allocated", "100000")).andReturn();
        budget = jdbc.queryForObject("select id from subsidy_budget where policy_id = ? and region_code = '220100'", Long.class, policy);

        TrainingFixtures training = new TrainingFixtures(mvc, fixtures, jdbc);
        course = training.course(CITY, TrainingFixtures.SCHOOL, "补贴测试班");
        holder = "补贴" + (char) ('甲' + course % 20) + "明";
        residentId = residentId("220102");
        long trainee = training.trainee(CITY, course, holder, residentId);
        mvc.perform(post("/training/courses/" + course + "/certificates").with(csrf()).with(fixtures.as(CITY))
                .param("traineeId", String.valueOf(trainee)).param("kind", "SKILL_LEVEL").param("number", "SUB-" + course)
                .param("occupationCode", "6-22-01-01").param("level", "4").param("issueDate", LocalDate.now(clock).minusMonths(2).toString())
                .param("issuerId", String.valueOf(fixtures.organisationId(BUREAU)))).andReturn();
        fund = Fixtures.uniqueUsername("fund.test");
        fixtures.account(fund, BUREAU, false, "FUND_OFFICER");
    }

    @AfterEach
    void backToNow() {
        testClock.reset();
    }

    @Test
    void aClaimFromACertificateIsCheckedApprovedNoticedPaidOnceAndRecovered() throws Exception {
        long claim = openClaim();
        String page = page(CITY, "/subsidies/claims/" + claim);
        assertThat(page).contains(holder).contains("22****************").doesNotContain(residentId)
                .contains("1,500.00").contains("检查通过");

        // a hostile account number is refused on the form and nothing is stored
        String refused = mvc.perform(post("/subsidies/claims/" + claim + "/account").with(csrf()).with(fixtures.as(CITY))
                .param("accountKind", "BANK").param("accountNumber", "62<script>").param("bankName", "中国建设银行长春分行")
                .param("version", String.valueOf(version(claim)))).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("账号应为 8–30 位数字").doesNotContain("<script>");
        assertThat(jdbc.queryForObject("select account_cipher from subsidy_claim where id = ?", String.class, claim)).isNull();
        assertThat(step(CITY, claim, "submit", null)).isEqualTo("请先填写收款账户再提交。");

        mvc.perform(post("/subsidies/claims/" + claim + "/account").with(csrf()).with(fixtures.as(CITY))
                .param("accountKind", "BANK").param("accountNumber", "6222 0212 3456 7890 123").param("bankName", "中国建设银行长春分行")
                .param("version", String.valueOf(version(claim)))).andReturn();
        assertThat(jdbc.queryForObject("select account_cipher from subsidy_claim where id = ?", String.class, claim))
                .isNotBlank().doesNotContain("6222021234567890123");
        assertThat(page(CITY, "/subsidies/claims/" + claim)).contains("6222***********0123").doesNotContain("6222021234567890123");

        assertThat(step(CITY, claim, "submit", null)).isNull();
        assertThat(step(CITY, claim, "verify", null)).isNull();
        assertThat(step(CITY, claim, "approve", null)).isNull();
        assertThat(money()).containsEntry("committed", new BigDecimal("1500.00")).containsEntry("spent", new BigDecimal("0.00"));
        assertThat(step(CITY, claim, "start-notice", null)).isNull();

        // on public notice: the public sees the masked name and ID, never the full ones
        String notice = mvc.perform(get("/public/subsidies").param("region", "220100")).andReturn().getResponse().getContentAsString();
        assertThat(notice).contains(holder.charAt(0) + "**" + holder.charAt(holder.length() - 1)).doesNotContain(holder)
                .doesNotContain(residentId).contains("22****************");
        assertThat(step(CITY, claim, "end-notice", null)).isEqualTo("公示期尚未期满。");
        testClock.travel(Duration.ofDays(6));
        assertThat(step(CITY, claim, "end-notice", null)).isNull();
        assertThat(state(claim)).isEqualTo("PAYABLE");

        // the approver cannot pay; the fund officer builds a batch, exports the bank file, imports the return
        assertThat(mvc.perform(post("/subsidies/batches").with(csrf()).with(fixtures.as(CITY)).param("budget", String.valueOf(budget))
                .param("claims", String.valueOf(claim))).andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult built = mvc.perform(post("/subsidies/batches").with(csrf()).with(fixtures.as(fund)).param("budget", String.valueOf(budget))
                .param("claims", String.valueOf(claim))).andReturn();
        assertThat(built.getResponse().getRedirectedUrl()).startsWith("/subsidies/batches/");
        long batch = Long.parseLong(built.getResponse().getRedirectedUrl().substring("/subsidies/batches/".length()));
        MvcResult second = mvc.perform(post("/subsidies/batches").with(csrf()).with(fixtures.as(fund)).param("budget", String.valueOf(budget))
                .param("claims", String.valueOf(claim))).andReturn();
        assertThat(second.getFlashMap().get("flashError")).as("a claim already in a batch is not taken twice").isEqualTo("subsidy.batch.claimNotPayable");

        String batchNumber = jdbc.queryForObject("select number from disbursement_batch where id = ?", String.class, batch);
        assertThat(column("/subsidies/batches/export", fund)).contains(batchNumber);
        assertThat(column("/subsidies/batches/export", "yanbian.officer")).doesNotContain(batchNumber);
        assertThat(column("/subsidies/policies/export", DIRECTOR)).contains(jdbc.queryForObject("select code from subsidy_policy where id = ?",
                String.class, policy));

        byte[] bankFile = mvc.perform(post("/subsidies/batches/" + batch + "/bank-file").with(csrf()).with(fixtures.as(fund)))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> line;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bankFile))) {
            Sheet sheet = book.getSheetAt(0);
            Row row = sheet.getRow(1);
            line = List.of(text(row, 0), text(row, 1), text(row, 4), text(row, 6));
        }
        assertThat(line.get(2)).as("the bank file carries the full account number").isEqualTo("6222021234567890123");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'subsidy.batch.export' and object_id = ?", Long.class, String.valueOf(batch)))
                .isEqualTo(1);

        // a return file that does not match changes nothing; the right one pays the claim once
        String wrong = importReturn(batch, List.of(line.get(0), line.get(1), "99.00", "成功", "")).getResponse().getContentAsString();
        assertThat(wrong).contains("金额与明细不一致").contains("未导入任何结果");
        assertThat(state(claim)).isEqualTo("IN_BATCH");
        MvcResult paid = importReturn(batch, List.of(line.get(0), line.get(1), line.get(3), "成功", ""));
        assertThat(paid.getResponse().getRedirectedUrl()).isEqualTo("/subsidies/batches/" + batch);
        assertThat(state(claim)).isEqualTo("PAID");
        assertThat(money()).containsEntry("committed", new BigDecimal("0.00")).containsEntry("spent", new BigDecimal("1500.00"));
        assertThat(importReturn(batch, List.of(line.get(0), line.get(1), line.get(3), "成功", "")).getFlashMap().get("flashError"))
                .isEqualTo("subsidy.batch.settled");
        assertThat(money()).containsEntry("spent", new BigDecimal("1500.00"));
        assertThat(mvc.perform(get("/public/subsidies").param("region", "220100")).andReturn().getResponse().getContentAsString())
                .contains(line.get(1)).doesNotContain(holder);

        // recovery gives the money back to the line
        mvc.perform(post("/subsidies/claims/" + claim + "/recover").with(csrf()).with(fixtures.as(CITY)).param("amount", "500")
                .param("reason", "虚报培训课时").param("recoveredOn", LocalDate.now(clock).toString()).param("version", String.valueOf(version(claim))))
                .andReturn();
        assertThat(state(claim)).isEqualTo("RECOVERED");
        assertThat(money()).containsEntry("spent", new BigDecimal("1000.00"));
        assertThat(page(CITY, "/subsidies/claims/" + claim)).contains("虚报培训课时").contains("500.00");
    }

    @Test
    void theSamePersonOccupationAndLevelCannotBeClaimedTwice() throws Exception {
        long first = openClaim();
        mvc.perform(post("/subsidies/claims/" + first + "/account").with(csrf()).with(fixtures.as(CITY)).param("accountKind", "SOCIAL_CARD")
                .param("accountNumber", "12345678901").param("bankName", "吉林银行").param("version", String.valueOf(version(first)))).andReturn();
        assertThat(step(CITY, first, "submit", null)).isNull();

        long second = openClaim();
        String page = page(CITY, "/subsidies/claims/" + second);
        assertThat(page).contains("同一职业（6-22-01-01）同一等级（4）已享受补贴").contains(number(first));
        assertThat(step(CITY, second, "submit", null)).isIn("申请存在未解决的问题（见检查结果），不能继续办理。", "请先填写收款账户再提交。");
        assertThat(state(second)).isEqualTo("DRAFT");
    }

    @Test
    void anotherCityNeitherSeesNorActsOnTheClaim() throws Exception {
        long claim = openClaim();
        String number = number(claim);
        assertThat(mvc.perform(get("/subsidies/claims/" + claim).with(fixtures.as(OTHER_CITY))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/subsidies/claims/" + claim + "/withdraw").with(csrf()).with(fixtures.as(OTHER_CITY))
                .param("version", String.valueOf(version(claim)))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(state(claim)).isEqualTo("DRAFT");
        assertThat(page(OTHER_CITY, "/subsidies/claims?q=" + number)).doesNotContain("/subsidies/claims/" + claim + "\"");
        assertThat(page(CITY, "/subsidies/claims?q=" + number)).contains("/subsidies/claims/" + claim + "\"");
        assertThat(exportedNumbers(OTHER_CITY, number)).doesNotContain(number);
        assertThat(exportedNumbers(CITY, number)).contains(number);
    }

    @Test
    void hostilePolicyAndBudgetInputGetsReasonsAndChangesNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from subsidy_policy", Long.class);
        MvcResult bad = mvc.perform(post("/subsidies/policies").with(csrf()).with(fixtures.as(DIRECTOR)).param("code", "<b>x</b>")
                .param("name", "").param("kind", "NOT_A_KIND").param("payeeKind", "PERSON").param("evidence", "COURSE").param("approvalLevel", "CITY")
                .param("noticeDays", "1E999999999").param("yearlyLimit", "-1").param("version", "0")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        assertThat(bad.getResponse().getContentAsString()).contains("请更正以下问题").doesNotContain("<b>x</b>");
        assertThat(jdbc.queryForObject("select count(*) from subsidy_policy", Long.class)).isEqualTo(before);

        BigDecimal allocated = money().get("allocated");
        MvcResult below = mvc.perform(post("/subsidies/budgets").with(csrf()).with(fixtures.as(DIRECTOR)).param("year", String.valueOf(year()))
                .param("regionCode", "220100").param("policyId", String.valueOf(policy)).param("allocated", "-5")).andReturn();
        assertThat(below.getResponse().getStatus()).isEqualTo(200);
        MvcResult county = mvc.perform(post("/subsidies/budgets").with(csrf()).with(fixtures.as(DIRECTOR)).param("year", String.valueOf(year()))
                .param("regionCode", "220102").param("policyId", String.valueOf(policy)).param("allocated", "5")).andReturn();
        assertThat(county.getResponse().getContentAsString()).contains("额度下达到市（州），请选择一个市（州）。");
        assertThat(money().get("allocated")).isEqualByComparingTo(allocated);
        assertThat(mvc.perform(post("/subsidies/budgets").with(csrf()).with(fixtures.as(CITY)).param("year", String.valueOf(year()))
                .param("regionCode", "220100").param("policyId", String.valueOf(policy)).param("allocated", "9999999")).andReturn()
                .getResponse().getStatus()).as("a city cannot allocate").isEqualTo(403);
    }

    @Test
    void claimsImportedFromAWorkbookAreAllOrNothingAndWithinScope() throws Exception {
        List<String> good = List.of("SUB-" + course, holder, "银行账户", "6222 0212 3456 7890 123", "中国建设银行长春分行");
        MvcResult mixed = importClaims(CITY, List.of(good, List.of("NOPE-" + course, "某人", "银行卡", "abc", "")));
        assertThat(mixed.getResponse().getStatus()).isEqualTo(200);
        assertThat(mixed.getResponse().getContentAsString()).contains("未生成任何申请").contains("行号 3 · ").doesNotContain("行号 2 · ")
                .contains("账户类别应为").contains("账号应为 8–30 位数字");
        assertThat(claims()).as("a file with one bad row makes no claim at all").isZero();

        MvcResult elsewhere = importClaims(OTHER_CITY, List.of(good));
        assertThat(elsewhere.getResponse().getContentAsString()).contains("不在您的权限范围内");
        assertThat(claims()).isZero();

        MvcResult stored = importClaims(CITY, List.of(good));
        assertThat(stored.getResponse().getRedirectedUrl()).isEqualTo("/subsidies/claims?state=DRAFT");
        assertThat(claims()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select account_cipher from subsidy_claim where policy_id = ?", String.class, policy))
                .isNotBlank().doesNotContain("6222021234567890123");
        assertThat(jdbc.queryForObject("select amount from subsidy_claim where policy_id = ?", BigDecimal.class, policy)).isEqualByComparingTo("1500");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private long openClaim() throws Exception {
        MvcResult made = mvc.perform(post("/subsidies/claims").with(csrf()).with(fixtures.as(CITY)).param("policyId", String.valueOf(policy))
                .param("evidenceId", String.valueOf(course))).andReturn();
        String location = made.getResponse().getRedirectedUrl();
        assertThat(location).as(made.getResponse().getContentAsString()).matches("/subsidies/claims/\\d+");
        return Long.parseLong(location.substring("/subsidies/claims/".length()));
    }

    /** Takes a step; answers the refusal shown, or null when the step was taken. */
    private String step(String user, long claim, String slug, String comment) throws Exception {
        MvcResult result = mvc.perform(post("/subsidies/claims/" + claim + "/" + slug).with(csrf()).with(fixtures.as(user))
                .param("version", String.valueOf(version(claim))).param("comment", comment == null ? "" : comment)).andReturn();
        Object error = result.getFlashMap().get("flashError");
        if (error == null) {
            return null;
        }
        return messages.getMessage((String) error, null, Locale.SIMPLIFIED_CHINESE);
    }

    private MvcResult importReturn(long batch, List<String> row) throws Exception {
        byte[] file = TrainingFixtures.xlsx(List.of("序号", "申请编号", "金额（元）", "结果", "失败原因"), List.of(row));
        return mvc.perform(multipart("/subsidies/batches/" + batch + "/return")
                .file(new MockMultipartFile("file", "return.xlsx", "application/octet-stream", file)).with(csrf()).with(fixtures.as(fund))).andReturn();
    }

    private MvcResult importClaims(String user, List<List<String>> rows) throws Exception {
        byte[] file = TrainingFixtures.xlsx(List.of("证书编号", "姓名", "账户类别", "账号", "开户银行"), rows);
        return mvc.perform(multipart("/subsidies/claims/import").file(new MockMultipartFile("file", "claims.xlsx", "application/octet-stream", file))
                .param("policyId", String.valueOf(policy)).with(csrf()).with(fixtures.as(user))).andReturn();
    }

    private long claims() {
        return jdbc.queryForObject("select count(*) from subsidy_claim where policy_id = ?", Long.class, policy);
    }

    /** The first column of a list's workbook, as {@code user} downloads it. */
    private List<String> column(String path, String user) throws Exception {
        byte[] content = mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            return java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(i -> text(sheet.getRow(i), 0)).toList();
        }
    }

    private List<String> exportedNumbers(String user, String number) throws Exception {
        byte[] content = mvc.perform(get("/subsidies/claims/export").param("q", number).with(fixtures.as(user))).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            return java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(i -> text(sheet.getRow(i), 0)).toList();
        }
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse().getContentAsString();
    }

    private Map<String, BigDecimal> money() {
        return jdbc.queryForObject("select allocated, committed, spent from subsidy_budget where id = ?", (rs, i) -> Map.of(
                "allocated", rs.getBigDecimal(1), "committed", rs.getBigDecimal(2), "spent", rs.getBigDecimal(3)), budget);
    }

    private long version(long claim) {
        return jdbc.queryForObject("select version from subsidy_claim where id = ?", Long.class, claim);
    }

    private String state(long claim) {
        return jdbc.queryForObject("select state from subsidy_claim where id = ?", String.class, claim);
    }

    private String number(long claim) {
        return jdbc.queryForObject("select number from subsidy_claim where id = ?", String.class, claim);
    }

    private int year() {
        return LocalDate.now(clock).getYear();
    }

    private static String text(Row row, int column) {
        var cell = row.getCell(column);
        return cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
    }
}
