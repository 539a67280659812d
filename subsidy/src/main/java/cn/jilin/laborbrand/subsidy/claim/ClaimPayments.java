package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import cn.jilin.laborbrand.subsidy.budget.BudgetLedger;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims' side of disbursement, for the batch service: payable claims taken under row locks, in id order (so two
 * officers building batches from the same claims wait for each other, and the second finds them taken), moved into and
 * out of a batch, paid or failed by the bank's answer — each move a workflow step with its history.
 */
@Component
public class ClaimPayments {

    private static final int LOCK_CHUNK = 1000;

    private final SubsidyClaimRepository claims;
    private final Workflows workflows;
    private final BudgetLedger ledger;
    private final PersonalDataCipher cipher;
    private final CurrentUser user;
    private final Clock clock;
    private final JdbcTemplate streaming;

    ClaimPayments(SubsidyClaimRepository claims, Workflows workflows, BudgetLedger ledger, PersonalDataCipher cipher, CurrentUser user,
                  Clock clock, DataSource dataSource) {
        this.claims = claims;
        this.workflows = workflows;
        this.ledger = ledger;
        this.cipher = cipher;
        this.user = user;
        this.clock = clock;
        this.streaming = new JdbcTemplate(dataSource);
        // a batch may have 50,000 lines: read them a thousand at a time through a cursor, never all at once
        this.streaming.setFetchSize(1000);
    }

    /**
     * The rows of a batch's bank file, pending lines in line order: line, claim number, payee, account kind, the full
     * account number, bank, amount. Streamed from the database (close it); the caller audits the export.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Stream<List<?>> bankFileRows(long batchId) {
        return streaming.queryForStream("""
                select l.id, c.number, c.payee_name, c.account_kind, c.account_cipher, c.bank_name, l.amount
                from disbursement_line l join subsidy_claim c on c.id = l.claim_id
                where l.batch_id = ? and l.outcome = 'PENDING'
                order by l.id""", (rs, i) -> List.of(rs.getLong(1), rs.getString(2), rs.getString(3), Objects.toString(rs.getString(4), ""),
                rs.getString(5) == null ? "" : cipher.decrypt(rs.getString(5)), Objects.toString(rs.getString(6), ""),
                rs.getBigDecimal(7).toPlainString()), batchId);
    }

    /** The payable claims of a budget line within the scope, oldest first: what a batch may be built from. */
    @Transactional(readOnly = true)
    public List<SubsidyClaim> payable(long budgetId, DataScope scope) {
        return claims.findAll((root, query, cb) -> cb.and(cb.equal(root.get("budgetId"), budgetId), cb.equal(root.get("state"), ClaimState.PAYABLE)),
                scope, Sort.by("id"));
    }

    /**
     * Takes these claims into a batch of {@code budgetId}: locked, each still payable, on that line, in the scope, and
     * not approved by the officer who pays it; otherwise nothing is taken.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<SubsidyClaim> takeIntoBatch(long budgetId, Collection<Long> ids, DataScope scope) {
        // in chunks (a query takes at most 32,767 parameters; a batch may have 50,000 claims), still in id order overall
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        List<SubsidyClaim> locked = new java.util.ArrayList<>(sorted.size());
        for (int from = 0; from < sorted.size(); from += LOCK_CHUNK) {
            List<Long> chunk = sorted.subList(from, Math.min(sorted.size(), from + LOCK_CHUNK));
            locked.addAll(claims.lockAll(chunk));
            // every one within the caller's scope: one count a chunk, before anything changes (a query per claim would
            // flush the claims already moved each time, quadratic in the size of the batch)
            if (claims.count((root, query, cb) -> root.get("id").in(chunk), scope) != chunk.size()) {
                throw new NotFoundException("subsidy_claim", ids);
            }
        }
        if (locked.size() != ids.size()) {
            throw new NotFoundException("subsidy_claim", ids);
        }
        for (SubsidyClaim claim : locked) {
            if (claim.getState() != ClaimState.PAYABLE) {
                throw new RuleViolation("subsidy.batch.claimNotPayable");
            }
            if (!Objects.equals(claim.getBudgetId(), budgetId)) {
                throw new RuleViolation("subsidy.batch.otherBudget");
            }
            if (claim.getApprovedBy() != null && claim.getApprovedBy().equals(user.accountId())) {
                throw new RuleViolation("subsidy.batch.approverPays");
            }
            workflows.take(ClaimWorkflow.TABLE, ClaimAction.BATCH, claim, claim.getVersion(), null);
        }
        // managed and locked: their new states are written at the flush (the scoped repository has no saveAll)
        locked.forEach(claims::save);
        return locked;
    }

    /** A claim of a cancelled batch is payable again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leaveBatch(long claimId) {
        SubsidyClaim claim = claims.lock(claimId).orElseThrow();
        workflows.take(ClaimWorkflow.TABLE, ClaimAction.UNBATCH, claim, claim.getVersion(), null);
        claims.saveAndFlush(claim);
    }

    /** The bank paid the claim: its committed money is spent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void paid(long claimId) {
        SubsidyClaim claim = claims.lock(claimId).orElseThrow();
        workflows.take(ClaimWorkflow.TABLE, ClaimAction.PAY, claim, claim.getVersion(), null);
        claim.paidAt(clock.instant());
        claims.saveAndFlush(claim);
        ledger.spend(claim.getBudgetId(), claim.getAmount());
    }

    /** The bank could not pay the claim: it waits, with the bank's reason, to be made payable again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void failed(long claimId, String reason) {
        SubsidyClaim claim = claims.lock(claimId).orElseThrow();
        workflows.take(ClaimWorkflow.TABLE, ClaimAction.FAIL, claim, claim.getVersion(), reason);
        claims.saveAndFlush(claim);
    }

    /** Claims of a batch the caller holds within their scope, by id, read in chunks (a batch may have 50,000). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, SubsidyClaim> ofBatch(Collection<Long> ids) {
        java.util.Map<Long, SubsidyClaim> found = new java.util.HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            claims.findAllByIdIn(all.subList(from, Math.min(all.size(), from + 1000))).forEach(c -> found.put(c.getId(), c));
        }
        return found;
    }

    /** The full account number, for the bank file only (its export is audited by the caller). */
    public String accountNumber(SubsidyClaim claim) {
        return claim.getAccountCipher() == null ? "" : cipher.decrypt(claim.getAccountCipher());
    }
}
