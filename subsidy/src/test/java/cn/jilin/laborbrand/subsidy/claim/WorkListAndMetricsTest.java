package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.testing.Acting;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.account.AccountAdminService;
import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.NewAccount;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.excel.SpreadsheetExport;
import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.subsidy.batch.BatchService;
import cn.jilin.laborbrand.subsidy.batch.DisbursementLine;
import cn.jilin.laborbrand.subsidy.policy.ApprovalLevel;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyDetails;
import cn.jilin.laborbrand.subsidy.policy.StandardDetails;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The claims' work list and plan metrics on claims the test builds (in a database of its own, so that the counts are
 * exactly this test's): each role sees what waits for it, counted within its scope — a city its own claims, not
 * another city's — and the metrics count paid training claims of this year only, by prefecture.
 */
@TestPropertySource(properties = "laborbrand.test-database.name=subsidy_worklist")
class WorkListAndMetricsTest extends SubsidyTestSupport {

    static final String[] FUND = {"subsidy:view", "subsidy:disburse"};
    static final String[] PROVINCE_APPROVER = {"subsidy:view", "subsidy:approve:province"};
    static final DataScope ALL = DataScope.province();

    @Autowired
    ClaimWorkItems workItems;
    @Autowired
    List<PlanMetric> metrics;
    @Autowired
    BatchService batches;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountAdminService administration;
    @Autowired
    Clock clock;
    @Autowired
    SubsidyPaymentStatistics payments;

    @Test
    void eachRoleSeesTheClaimsWaitingForItWithinItsScope() throws Exception {
        allocate("220100", policy);
        List<Long> changchun = open(courseIn("220102", "长春市人力资源和社会保障局", "甲", 5, "乙", 5, "丙", 5, "丁", 5, "戊", 5, "己", 4, "庚", 4, "辛", 4));
        submitted(changchun.get(0));
        submitted(changchun.get(1));
        checked(changchun.get(2));
        submitted(changchun.get(3));
        step(12, changchun.get(3), ClaimAction.RETURN, "请补充证书复印件", CHECKER);
        onNotice(changchun.get(4), 2);
        payable(changchun.get(5));
        payable(changchun.get(6));
        settle(build(changchun.subList(6, 7)), changchun.get(6));
        onNotice(changchun.get(7), -1);
        // another city: one submitted claim, and one checked claim of a policy the province approves
        long provincial = provincialPolicy();
        allocate("220200", policy);
        submitted(open(courseIn("220202", "吉林市人力资源和社会保障局", "壬", 5)).get(0));
        long toProvince = Acting.as(11, () -> claims.open(new NewClaims(provincial, courseIn("220202", "吉林市人力资源和社会保障局", "癸", 5), Set.of()), ALL),
                CLAIMANT).get(0);
        checked(toProvince);

        assertThat(items(account("CITY_OFFICER", "长春市人力资源和社会保障局"))).containsExactlyInAnyOrder(
                "RETURNED worklist.subsidy.returned 1 /subsidies/claims?state=RETURNED",
                "DECIDE worklist.subsidy.verify 2 /subsidies/claims?state=SUBMITTED",
                "DECIDE worklist.subsidy.approve 1 /subsidies/claims?state=VERIFIED",
                "DECIDE worklist.subsidy.noticeOver 1 /subsidies/claims?state=NOTICE",
                "DUE worklist.subsidy.noticeEnding 1 /subsidies/claims?state=NOTICE");
        assertThat(items(account("CITY_OFFICER", "吉林市人力资源和社会保障局"))).as("吉林 sees its own, and not the province's approval")
                .containsExactly("DECIDE worklist.subsidy.verify 1 /subsidies/claims?state=SUBMITTED");
        assertThat(items(account("FUND_OFFICER", "长春市人力资源和社会保障局"))).containsExactlyInAnyOrder(
                "DECIDE worklist.subsidy.payable 1 /subsidies/batches",
                "OVERDUE worklist.subsidy.failed 1 /subsidies/claims?state=PAYMENT_FAILED");
        assertThat(items(account("FUND_OFFICER", "通化市人力资源和社会保障局"))).as("another city's fund officer").isEmpty();
        assertThat(items(account("PROVINCE_MANAGER", "吉林省人力资源和社会保障厅")))
                .containsExactly("DECIDE worklist.subsidy.approve 1 /subsidies/claims?state=VERIFIED");
        assertThat(items(account("DEPARTMENT_OFFICER", "吉林省财政厅"))).as("no claim work for a reader of budgets").isEmpty();

        SignedInAccount officer = account("CITY_OFFICER", "长春市人力资源和社会保障局");
        assertThat(workItems.itemsFor(officer)).filteredOn(i -> i.titleKey().equals("worklist.subsidy.noticeEnding"))
                .extracting(WorkItem::due).containsExactly(today().plusDays(ClaimWorkItems.NOTICE_DAYS));
    }

    @Test
    void theMetricsCountPaidTrainingClaimsOfThisYearByPrefecture() throws Exception {
        MetricReading peopleBefore = metric(SubsidyMetrics.PEOPLE);
        MetricReading amountBefore = metric(SubsidyMetrics.AMOUNT);
        allocate("220300", policy);
        allocate("220400", policy);
        // 四平: 初级 and 中级 paid, one payable not yet paid
        List<Long> siping = open(courseIn("220302", "四平市人力资源和社会保障局", "四甲", 5, "四乙", 4, "四丙", 3));
        siping.forEach(this::payable);
        settle(build(siping.subList(0, 2)), null);
        // 辽源: 高级 paid; one failed at the bank; one paid, then recovered
        List<Long> liaoyuan = open(courseIn("220402", "辽源市人力资源和社会保障局", "辽甲", 3, "辽乙", 3, "辽丙", 4));
        liaoyuan.forEach(this::payable);
        settle(build(liaoyuan), liaoyuan.get(1));
        long recovered = liaoyuan.get(2);
        Acting.as(13, () -> {
            decisions.recover(recovered, claims.get(recovered, ALL).getVersion(), new BigDecimal("1500.00"), "冒名顶替", today(), ALL);
            return null;
        }, APPROVER);

        MetricReading people = metric(SubsidyMetrics.PEOPLE);
        MetricReading amount = metric(SubsidyMetrics.AMOUNT);
        assertThat(people.value() - peopleBefore.value()).isEqualTo(3);
        assertThat(amount.value() - amountBefore.value()).isEqualTo(800 + 1500 + 2000);
        assertThat(people.byRegion().get("220300") - peopleBefore.byRegion().getOrDefault("220300", 0L)).isEqualTo(2);
        assertThat(people.byRegion().get("220400") - peopleBefore.byRegion().getOrDefault("220400", 0L)).isEqualTo(1);
        assertThat(amount.byRegion().get("220300") - amountBefore.byRegion().getOrDefault("220300", 0L)).isEqualTo(2300);
        assertThat(amount.byRegion().get("220400") - amountBefore.byRegion().getOrDefault("220400", 0L)).isEqualTo(2000);

        // a payment of last year does not count this year
        jdbc.update("update subsidy_claim set paid_at = paid_at - interval '400 days' where id = ?", siping.get(0));
        assertThat(metric(SubsidyMetrics.PEOPLE).value() - peopleBefore.value()).isEqualTo(2);
        assertThat(metric(SubsidyMetrics.AMOUNT).byRegion().get("220300") - amountBefore.byRegion().getOrDefault("220300", 0L)).isEqualTo(1500);
    }

    @Test
    void thePaymentFiguresForOtherSystemsCountPaidClaimsByRegionPolicyAndMonthWithinTheScope() throws Exception {
        allocate("220400", policy);
        String code = jdbc.queryForObject("select code from subsidy_policy where id = ?", String.class, policy);
        // 辽源: 初级 and 中级 paid, one failed at the bank; 长春 sees none of it
        List<Long> liaoyuan = open(courseIn("220402", "辽源市人力资源和社会保障局", "统甲", 5, "统乙", 4, "统丙", 4));
        liaoyuan.forEach(this::payable);
        settle(build(liaoyuan), liaoyuan.get(2));
        String month = jdbc.queryForObject("select to_char(paid_at at time zone 'Asia/Shanghai', 'YYYY-MM') from subsidy_claim where id = ?",
                String.class, liaoyuan.get(0));
        int year = Integer.parseInt(month.substring(0, 4));

        List<SubsidyPaymentStatistics.PaidTotal> rows = payments.paid(DataScope.region("220400", regions.coveredCodes("220400")), year).stream()
                .filter(r -> r.policyCode().equals(code)).toList();
        assertThat(rows).containsExactly(new SubsidyPaymentStatistics.PaidTotal("220402", code, "TRAINING", month, 2,
                new BigDecimal("2300.00"), new BigDecimal("0.00")));
        assertThat(payments.paid(ALL, year)).filteredOn(r -> r.policyCode().equals(code)).hasSize(1);
        assertThat(payments.paid(DataScope.region("220100", regions.coveredCodes("220100")), year)).noneMatch(r -> r.policyCode().equals(code));
        assertThat(payments.paid(ALL, year - 1)).noneMatch(r -> r.policyCode().equals(code));
        assertThat(payments.paid(DataScope.none(), year)).isEmpty();
    }

    // ---- building claims --------------------------------------------------------------------------------------------

    /** A course in a county with certified people (name, level), run by the organisation named. */
    private long courseIn(String county, String organisation, Object... people) {
        long id = SEQUENCE.incrementAndGet();
        List<EvidencePerson> named = new ArrayList<>();
        for (int i = 0; i < people.length; i += 2) {
            String residentId = county + "1990" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000);
            named.add(person(SEQUENCE.incrementAndGet(), (String) people[i], residentId, (Integer) people[i + 1]));
        }
        long owner = jdbc.queryForObject("select id from organisation where name = ?", Long.class, organisation);
        evidence.put(new Evidence(EvidenceKind.CERTIFICATE, id, county, owner, organisation, true, 160, null, named));
        return id;
    }

    @Override
    List<Long> open(long course) {
        return Acting.as(11, () -> claims.open(new NewClaims(policy, course, Set.of()), ALL), CLAIMANT);
    }

    private void allocate(String prefecture, long policyId) {
        Acting.as(1, () -> budgets.allocate(today().getYear(), prefecture, policyId, new BigDecimal("100000.00"), ALL), PROVINCE);
    }

    private long provincialPolicy() {
        return Acting.as(1, () -> {
            long id = policies.create("P" + SEQUENCE.incrementAndGet(), new PolicyDetails("高技能人才培养补助（测试）", SubsidyKind.HIGH_SKILL,
                    PayeeKind.PERSON, EvidenceKind.CERTIFICATE, "SKILL_LEVEL", List.of("证书"), ApprovalLevel.PROVINCE, 7, null, null, false,
                    false, null, true));
            policies.addStandard(id, new StandardDetails(LocalDate.of(2020, 1, 1), null, new BigDecimal("3000.00"), null, null, null));
            return id;
        }, PROVINCE);
    }

    @Override
    ClaimState step(long accountId, long claim, ClaimAction action, String comment, String... permissions) {
        return Acting.as(accountId, () -> decisions.take(claim, claims.get(claim, ALL).getVersion(), action, comment, ALL), permissions);
    }

    private void submitted(long claim) {
        Acting.as(11, () -> {
            claims.updateAccount(claim, claims.get(claim, ALL).getVersion(), new PayeeAccount(AccountKind.BANK, "6222021234567890123", "工商银行"), ALL);
            return null;
        }, CLAIMANT);
        step(11, claim, ClaimAction.SUBMIT, null, CLAIMANT);
    }

    private void checked(long claim) {
        submitted(claim);
        step(12, claim, ClaimAction.VERIFY, null, CHECKER);
    }

    /** On public notice, its last day {@code lastDayFromToday} days from today (negative: over, not yet closed). */
    private void onNotice(long claim, int lastDayFromToday) {
        checked(claim);
        step(13, claim, ClaimAction.APPROVE, null, APPROVER);
        step(13, claim, ClaimAction.START_NOTICE, null, APPROVER);
        jdbc.update("update subsidy_claim set notice_to = ? where id = ?", today().plusDays(lastDayFromToday), claim);
    }

    private void payable(long claim) {
        onNotice(claim, -1);
        step(13, claim, ClaimAction.END_NOTICE, null, APPROVER);
    }

    private long build(List<Long> claimIds) {
        long budget = claims.get(claimIds.get(0), ALL).getBudgetId();
        return Acting.as(41, () -> batches.build(budget, claimIds, ALL), FUND);
    }

    /** Exports the batch and reads the bank's answer: every line paid but {@code failing}'s. */
    private void settle(long batch, Long failing) throws Exception {
        List<List<?>> rows = new ArrayList<>();
        Acting.as(41, () -> {
            batches.exportBankFile(batch, ALL, OutputStream.nullOutputStream());
            for (DisbursementLine line : batches.lines(batch, ALL)) {
                boolean fails = failing != null && failing == line.getClaimId();
                rows.add(List.of(String.valueOf(line.getId()), claims.get(line.getClaimId(), ALL).getNumber(), line.getAmount().toPlainString(),
                        fails ? "失败" : "成功", fails ? "账户已销户" : ""));
            }
            return null;
        }, FUND);
        Path file = Files.createTempFile("return", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                SpreadsheetExport.write("回盘", List.of("序号", "申请编号", "金额（元）", "结果", "失败原因"), rows, out);
            }
            assertThat(Acting.as(41, () -> batches.importReturn(batch, file, ALL), FUND).accepted()).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    /** A new account of the role in the organisation, as it signs in (its permissions and scope from the role). */
    private SignedInAccount account(String role, String organisation) {
        long organisationId = jdbc.queryForObject("select id from organisation where name = ?", Long.class, organisation);
        String username = "wl" + SEQUENCE.incrementAndGet();
        SystemActor.run(() -> {
            long id = accounts.create(new NewAccount(username, "测试" + role, organisationId, "Jilin#Brand2025", false));
            administration.assignRoles(id, accounts.get(id).version(), Set.of(role));
        }, "system:account:view", "system:account:create", "system:account:assign-role");
        return (SignedInAccount) accounts.loadUserByUsername(username);
    }

    private List<String> items(SignedInAccount user) {
        return workItems.itemsFor(user).stream()
                .map(i -> i.kind() + " " + i.titleKey() + " " + i.titleArgs().stream().map(String::valueOf).collect(Collectors.joining(",")) + " " + i.link())
                .toList();
    }

    private MetricReading metric(String code) {
        Map<String, PlanMetric> byCode = metrics.stream().collect(Collectors.toMap(PlanMetric::code, m -> m, (a, b) -> a));
        assertThat(byCode).containsKey(code);
        return byCode.get(code).read();
    }
}
