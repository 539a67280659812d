package cn.jilin.laborbrand.subsidy.batch;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.excel.ErrorCollector;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetExport;
import cn.jilin.laborbrand.platform.excel.SpreadsheetRefusedException;
import cn.jilin.laborbrand.platform.excel.TemplateColumns;
import cn.jilin.laborbrand.platform.excel.XlsxReader;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.budget.Budget;
import cn.jilin.laborbrand.subsidy.budget.BudgetService;
import cn.jilin.laborbrand.subsidy.claim.ClaimNumbers;
import cn.jilin.laborbrand.subsidy.claim.ClaimPayments;
import cn.jilin.laborbrand.subsidy.claim.SubsidyClaim;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 资金拨付, exactly once: a fund officer builds a batch from payable claims of one budget line (row locks, states and a
 * unique index keep a claim in one open batch), exports the bank file (the only place full account numbers appear;
 * audited), and imports the bank's return file, all or nothing, to pay or fail each line (a claim is paid at most
 * once; a settled batch takes no second return).
 */
@Service
public class BatchService {

    private final DisbursementBatchRepository batches;
    private final DisbursementLineRepository lines;
    private final ClaimPayments payments;
    private final BudgetService budgets;
    private final ClaimNumbers numbers;
    private final AuditService audit;
    private final Clock clock;

    BatchService(DisbursementBatchRepository batches, DisbursementLineRepository lines, ClaimPayments payments, BudgetService budgets,
                 ClaimNumbers numbers, AuditService audit, Clock clock) {
        this.batches = batches;
        this.lines = lines;
        this.payments = payments;
        this.budgets = budgets;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:disburse')")
    @Transactional(readOnly = true)
    public Page<DisbursementBatch> search(DataScope scope, Pageable pageable) {
        return batches.findAll(null, scope, pageable);
    }

    /** Every batch of the scope, newest first, for the list's workbook (batches are few: one per budget line and run). */
    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:disburse')")
    @Transactional(readOnly = true)
    public List<DisbursementBatch> export(DataScope scope) {
        return batches.findAll(null, scope, org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("id")));
    }

    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:disburse')")
    @Transactional(readOnly = true)
    public DisbursementBatch get(long id, DataScope scope) {
        return batches.getById(id, scope);
    }

    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:disburse')")
    @Transactional(readOnly = true)
    public List<DisbursementLine> lines(long id, DataScope scope) {
        return lines.findByBatchIdOrderById(batches.getById(id, scope).getId());
    }

    /** The claims of a batch's lines, by id (their numbers and payees for its page). */
    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:disburse')")
    @Transactional(readOnly = true)
    public Map<Long, SubsidyClaim> claimsOf(long id, DataScope scope) {
        return payments.ofBatch(lines.findByBatchIdOrderById(batches.getById(id, scope).getId()).stream().map(DisbursementLine::getClaimId).toList());
    }

    /** The claims of a budget line a batch may take now. */
    @PreAuthorize("hasAuthority('subsidy:disburse')")
    @Transactional(readOnly = true)
    public List<SubsidyClaim> payable(long budgetId, DataScope scope) {
        return payments.payable(budgets.get(budgetId, scope).getId(), scope);
    }

    /**
     * Builds a batch of these payable claims of one budget line. Two officers taking the same claims at the same moment
     * wait for each other's row locks; the second finds them taken and gets nothing (no batch at all).
     */
    @PreAuthorize("hasAuthority('subsidy:disburse')")
    @Transactional
    public long build(long budgetId, Collection<Long> claimIds, DataScope scope) {
        Budget line = budgets.get(budgetId, scope);
        if (claimIds == null || claimIds.isEmpty()) {
            throw new RuleViolation("claims", "subsidy.batch.empty");
        }
        List<SubsidyClaim> taken = payments.takeIntoBatch(line.getId(), claimIds, scope);
        DisbursementBatch batch = new DisbursementBatch(numbers.nextBatch(LocalDate.now(clock).getYear()), line.getId(), line.getRegionCode());
        taken.forEach(c -> batch.add(c.getAmount()));
        batches.saveAndFlush(batch);
        try {
            lines.saveAll(taken.stream().map(c -> new DisbursementLine(batch.getId(), c.getId(), c.getAmount())).toList());
            batches.saveAndFlush(batch);
        } catch (DataIntegrityViolationException taken2) {
            throw new RuleViolation("subsidy.batch.claimNotPayable");
        }
        audit.record("subsidy.batch.create", "disbursement_batch", batch.getId(), "lines=" + taken.size() + " total=" + batch.getTotal());
        return batch.getId();
    }

    /**
     * Writes the file for the bank: one row per pending line, with the full account number (the only place it appears,
     * so the export is audited); the batch counts as sent.
     */
    @PreAuthorize("hasAuthority('subsidy:disburse')")
    @Transactional
    public void exportBankFile(long id, DataScope scope, OutputStream out) throws IOException {
        DisbursementBatch batch = lockWithin(id, scope);
        if (batch.getState() != BatchState.OPEN && batch.getState() != BatchState.EXPORTED) {
            throw new RuleViolation("subsidy.batch.notOpen");
        }
        long[] written = {0};
        try (Stream<List<?>> rows = payments.bankFileRows(batch.getId())) {
            Iterable<List<?>> counted = () -> rows.peek(row -> written[0]++).iterator();
            SpreadsheetExport.write(batch.getNumber(), BankFiles.PAYMENT_HEADERS, counted, out);
        }
        batch.exported(clock.instant());
        batches.saveAndFlush(batch);
        audit.record("subsidy.batch.export", "disbursement_batch", id, "bank file with " + written[0] + " full account numbers");
    }

    /**
     * Reads the bank's return file, all or nothing: every pending line answered once, by its number, claim number and
     * amount, 成功 or 失败 (with the reason). Any error changes nothing and says where; a settled batch takes no second.
     */
    @PreAuthorize("hasAuthority('subsidy:disburse')")
    @Transactional
    public ImportResult importReturn(long id, Path file, DataScope scope) {
        DisbursementBatch batch = lockWithin(id, scope);
        if (batch.getState() != BatchState.EXPORTED) {
            throw new RuleViolation(batch.getState() == BatchState.SETTLED ? "subsidy.batch.settled" : "subsidy.batch.notExported");
        }
        Map<Long, DisbursementLine> pending = new HashMap<>();
        lines.findByBatchIdOrderById(batch.getId()).stream().filter(l -> l.getOutcome() == LineOutcome.PENDING).forEach(l -> pending.put(l.getId(), l));
        Map<Long, SubsidyClaim> claims = payments.ofBatch(pending.values().stream().map(DisbursementLine::getClaimId).toList());
        ErrorCollector errors = new ErrorCollector();
        List<Answer> answers = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        boolean[] header = {false};
        try {
            XlsxReader.read(file, BankFiles.RETURN.limits(), (rowNumber, cells) -> {
                if (!header[0]) {
                    header[0] = true;
                    BankFiles.RETURN.checkHeader(rowNumber, cells, errors);
                    return;
                }
                if (BankFiles.RETURN.refuseFormulas(rowNumber, cells, errors)) {
                    return;
                }
                Answer answer = answer(rowNumber, cells, pending, claims, seen, errors);
                if (answer != null) {
                    answers.add(answer);
                }
            });
        } catch (SpreadsheetRefusedException refused) {
            audit.record("subsidy.batch.return.rejected", "disbursement_batch", id, "file refused: " + refused.messageKey());
            return refused.result(BankFiles.RETURN.keys());
        }
        if (!header[0]) {
            errors.add(0, null, "import.file.empty");
        } else if (errors.isEmpty() && seen.size() != pending.size()) {
            errors.add(0, null, "batch.return.missingLines", pending.size() - seen.size());
        }
        if (!errors.isEmpty()) {
            audit.record("subsidy.batch.return.rejected", "disbursement_batch", id, "errors=" + errors.rejected().errorCount());
            return errors.rejected();
        }
        for (Answer a : answers) {
            if (a.paid()) {
                payments.paid(a.line().getClaimId());
                a.line().settle(LineOutcome.PAID, null, clock.instant());
            } else {
                payments.failed(a.line().getClaimId(), a.reason());
                a.line().settle(LineOutcome.FAILED, a.reason(), clock.instant());
            }
        }
        lines.saveAll(answers.stream().map(Answer::line).toList());
        batch.settle(clock.instant());
        batches.saveAndFlush(batch);
        long paid = answers.stream().filter(Answer::paid).count();
        audit.record("subsidy.batch.return", "disbursement_batch", id, "paid=" + paid + " failed=" + (answers.size() - paid));
        return ImportResult.stored(answers.size());
    }

    /** Cancels a batch the bank has not paid: its claims are payable again. */
    @PreAuthorize("hasAuthority('subsidy:disburse')")
    @Transactional
    public void cancel(long id, DataScope scope) {
        DisbursementBatch batch = lockWithin(id, scope);
        if (batch.getState() != BatchState.OPEN && batch.getState() != BatchState.EXPORTED) {
            throw new RuleViolation("subsidy.batch.notOpen");
        }
        List<DisbursementLine> all = lines.findByBatchIdOrderById(batch.getId());
        for (DisbursementLine line : all) {
            if (line.getOutcome() == LineOutcome.PENDING) {
                payments.leaveBatch(line.getClaimId());
                line.settle(LineOutcome.REMOVED, null, clock.instant());
            }
        }
        lines.saveAll(all);
        batch.cancel();
        batches.saveAndFlush(batch);
        audit.record("subsidy.batch.cancel", "disbursement_batch", id, "lines=" + all.size());
    }

    private record Answer(DisbursementLine line, boolean paid, String reason) {
    }

    private static Answer answer(int row, List<XlsxReader.Cell> cells, Map<Long, DisbursementLine> pending, Map<Long, SubsidyClaim> claims,
                                 Map<Long, Integer> seen, ErrorCollector errors) {
        TemplateColumns columns = BankFiles.RETURN;
        String lineText = TemplateColumns.text(cells, 0);
        DisbursementLine line = null;
        try {
            line = lineText == null ? null : pending.get(Long.parseLong(lineText));
        } catch (NumberFormatException e) {
            line = null;
        }
        if (line == null) {
            errors.add(row, columns.key(0), "batch.return.unknownLine");
            return null;
        }
        Integer earlier = seen.putIfAbsent(line.getId(), row);
        if (earlier != null) {
            errors.add(row, columns.key(0), "batch.return.lineTwice", earlier);
            return null;
        }
        boolean ok = true;
        SubsidyClaim claim = claims.get(line.getClaimId());
        if (claim == null || !claim.getNumber().equals(TemplateColumns.text(cells, 1))) {
            errors.add(row, columns.key(1), "batch.return.claimMismatch");
            ok = false;
        }
        String amount = TemplateColumns.text(cells, 2);
        try {
            if (amount == null || new BigDecimal(amount).compareTo(line.getAmount()) != 0) {
                errors.add(row, columns.key(2), "batch.return.amountMismatch", line.getAmount().toPlainString());
                ok = false;
            }
        } catch (NumberFormatException e) {
            errors.add(row, columns.key(2), "batch.return.amountMismatch", line.getAmount().toPlainString());
            ok = false;
        }
        String result = TemplateColumns.text(cells, 3);
        String reason = TemplateColumns.text(cells, 4);
        if (!BankFiles.PAID.equals(result) && !BankFiles.FAILED.equals(result)) {
            errors.add(row, columns.key(3), "batch.return.result");
            ok = false;
        } else if (BankFiles.FAILED.equals(result) && (reason == null || reason.length() > 200)) {
            errors.add(row, columns.key(4), "batch.return.reason");
            ok = false;
        }
        return ok ? new Answer(line, BankFiles.PAID.equals(result), reason) : null;
    }

    private DisbursementBatch lockWithin(long id, DataScope scope) {
        batches.lock(id).orElseThrow(() -> new cn.jilin.laborbrand.platform.NotFoundException("disbursement_batch", id));
        return batches.getById(id, scope);
    }
}
