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
import org.springframework.data.domain.Sort;
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

    private final SubsidyClaimRepository claims;
    private final Workflows workflows;
    private final BudgetLedger ledger;
    private final PersonalDataCipher cipher;
    private final CurrentUser user;
    private final Clock clock;

    ClaimPayments(SubsidyClaimRepository claims, Workflows workflows, BudgetLedger ledger, PersonalDataCipher cipher, CurrentUser user,
                  Clock clock) {
        this.claims = claims;
        this.workflows = workflows;
        this.ledger = ledger;
        this.cipher = cipher;
        this.user = user;
        this.clock = clock;
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
        List<SubsidyClaim> locked = claims.lockAll(ids.stream().sorted().toList());
        if (locked.size() != ids.size()) {
            throw new NotFoundException("subsidy_claim", ids);
        }
        for (SubsidyClaim claim : locked) {
            claims.getById(claim.getId(), scope);
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
        // the locked claims are managed: their new state is written when the transaction commits
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
