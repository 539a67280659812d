package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.testing.Acting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.subsidy.batch.BatchService;
import cn.jilin.laborbrand.subsidy.batch.DisbursementLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Money paid exactly once: a claim is in at most one open batch (two officers building at the same moment, a
 * double-clicked confirmation), the bank file carries the full account, the bank's return file is taken all or
 * nothing and only once, who approved never pays, and a recovery gives the budget its money back.
 */
class DisbursementTest extends SubsidyTestSupport {

    static final String[] FUND = {"subsidy:view", "subsidy:disburse"};

    @Autowired
    BatchService batches;

    /** Claims made payable by approver 13 on a fresh budget line. */
    private List<Long> payable(int count) {
        budget("100000.00");
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long claim = open(course(160, "拨付" + i, 4)).get(0);
            verified(claim);
            step(13, claim, ClaimAction.APPROVE, null, APPROVER);
            step(13, claim, ClaimAction.START_NOTICE, null, APPROVER);
            jdbc.update("update subsidy_claim set notice_to = current_date - 1 where id = ?", claim);
            step(13, claim, ClaimAction.END_NOTICE, null, APPROVER);
            made.add(claim);
        }
        return made;
    }

    private long budgetId() {
        return jdbc.queryForObject("select id from subsidy_budget where policy_id = ?", Long.class, policy);
    }

    private long build(long officer, List<Long> claimIds) {
        return Acting.as(officer, () -> batches.build(budgetId(), claimIds, city), FUND);
    }

    private int batchesOf(long claim) {
        return jdbc.queryForObject("select count(*) from disbursement_line where claim_id = ? and outcome = 'PENDING'", Integer.class, claim);
    }

    @Test
    void twoOfficersBuildingFromTheSameClaimsAtOnceMakeOneBatch() throws Exception {
        List<Long> claims = payable(3);
        List<Object> outcomes = race(() -> build(41, claims), () -> build(42, claims));
        assertThat(outcomes).filteredOn(o -> o instanceof Long).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof RuleViolation).hasSize(1);
        claims.forEach(c -> assertThat(batchesOf(c)).isEqualTo(1));
        assertThatThrownBy(() -> build(41, claims)).as("the confirmation clicked again")
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("subsidy.batch.claimNotPayable"));
        claims.forEach(c -> assertThat(batchesOf(c)).isEqualTo(1));
    }

    @Test
    void whoApprovedAClaimNeverPaysIt() {
        List<Long> claims = payable(1);
        assertThatThrownBy(() -> build(13, claims))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("subsidy.batch.approverPays"));
        assertThat(batchesOf(claims.get(0))).isZero();
    }

    @Test
    void theBanksReturnPaysOrFailsEachLineOnceAndABadOneChangesNothing() throws Exception {
        List<Long> claims = payable(2);
        long batch = build(41, claims);
        byte[] bankFile = Acting.as(41, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            batches.exportBankFile(batch, city, out);
            return out.toByteArray();
        }, FUND);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bankFile))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo("6222021234567890123");
        }
        List<DisbursementLine> lines = Acting.as(41, () -> batches.lines(batch, city), FUND);

        ImportResult wrong = importReturn(41, batch, List.of(row(lines.get(0), "1.00", "成功", null), row(lines.get(1), null, "成功", null)));
        assertThat(wrong.accepted()).isFalse();
        assertThat(wrong.errors()).extracting(e -> e.reasonKey()).contains("batch.return.amountMismatch");
        assertThat(claims.stream().map(c -> claimState(c))).containsOnly("IN_BATCH");
        assertThat(jdbc.queryForObject("select spent from subsidy_budget where id = ?", BigDecimal.class, budgetId())).isEqualByComparingTo("0");

        ImportResult good = importReturn(41, batch, List.of(row(lines.get(0), null, "成功", null), row(lines.get(1), null, "失败", "账号不存在")));
        assertThat(good.accepted()).isTrue();
        assertThat(claimState(lines.get(0).getClaimId())).isEqualTo("PAID");
        assertThat(claimState(lines.get(1).getClaimId())).isEqualTo("PAYMENT_FAILED");
        assertThat(jdbc.queryForObject("select spent from subsidy_budget where id = ?", BigDecimal.class, budgetId())).isEqualByComparingTo("1500.00");
        assertThat(jdbc.queryForObject("select committed from subsidy_budget where id = ?", BigDecimal.class, budgetId())).isEqualByComparingTo("1500.00");

        assertThatThrownBy(() -> importReturn(41, batch, List.of(row(lines.get(0), null, "成功", null), row(lines.get(1), null, "成功", null))))
                .as("the same return again").isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("subsidy.batch.settled"));
        assertThat(jdbc.queryForObject("select count(*) from disbursement_line where claim_id = ? and outcome = 'PAID'", Integer.class,
                lines.get(0).getClaimId())).isEqualTo(1);

        long failed = lines.get(1).getClaimId();
        Acting.as(41, () -> decisions.take(failed, claims().get(failed, city).getVersion(), ClaimAction.REQUEUE, null, city), FUND);
        assertThat(claimState(failed)).isEqualTo("PAYABLE");
        assertThat(batchesOf(failed)).isZero();
    }

    @Test
    void aRecoveryGivesTheBudgetItsMoneyBack() throws Exception {
        List<Long> claims = payable(1);
        long batch = build(41, claims);
        Acting.as(41, () -> {
            batches.exportBankFile(batch, city, new ByteArrayOutputStream());
            return null;
        }, FUND);
        importReturn(41, batch, List.of(row(Acting.as(41, () -> batches.lines(batch, city), FUND).get(0), null, "成功", null)));
        long claim = claims.get(0);
        assertThatThrownBy(() -> Acting.as(13, () -> {
            decisions.recover(claim, claims().get(claim, city).getVersion(), new BigDecimal("9999.00"), "多报", LocalDate.now(), city);
            return null;
        }, APPROVER)).isInstanceOf(RuleViolation.class);
        Acting.as(13, () -> {
            decisions.recover(claim, claims().get(claim, city).getVersion(), new BigDecimal("1500.00"), "冒名顶替，已追回", LocalDate.now(), city);
            return null;
        }, APPROVER);
        assertThat(claimState(claim)).isEqualTo("RECOVERED");
        assertThat(jdbc.queryForObject("select spent from subsidy_budget where id = ?", BigDecimal.class, budgetId())).isEqualByComparingTo("0.00");
        assertThat(Acting.as(13, () -> decisions.recoveries(claim, city), APPROVER)).extracting(r -> r.getAmount().toPlainString()).containsExactly("1500.00");
    }

    private ClaimService claims() {
        return claims;
    }

    private String claimState(long claim) {
        return jdbc.queryForObject("select state from subsidy_claim where id = ?", String.class, claim);
    }

    private Map<String, String> row(DisbursementLine line, String amount, String result, String reason) {
        String number = jdbc.queryForObject("select number from subsidy_claim where id = ?", String.class, line.getClaimId());
        Map<String, String> row = new java.util.LinkedHashMap<>();
        row.put("序号", String.valueOf(line.getId()));
        row.put("申请编号", number);
        row.put("金额（元）", amount == null ? line.getAmount().toPlainString() : amount);
        row.put("结果", result);
        row.put("失败原因", reason);
        return row;
    }

    private ImportResult importReturn(long officer, long batch, List<Map<String, String>> rows) throws Exception {
        Path file = Files.createTempFile("return", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("回盘");
            List<String> headers = List.of("序号", "申请编号", "金额（元）", "结果", "失败原因");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < headers.size(); i++) {
                    String value = rows.get(r).get(headers.get(i));
                    if (value != null) {
                        row.createCell(i).setCellValue(value);
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        try {
            return Acting.as(officer, () -> batches.importReturn(batch, file, city), FUND);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
