package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.subsidy.budget.Budget;
import cn.jilin.laborbrand.subsidy.budget.BudgetLedger;
import cn.jilin.laborbrand.subsidy.budget.BudgetService;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** A claim's money on its budget line: committed at approval, given back on rejection, restored on recovery. */
@Component
class ClaimMoney {

    private final BudgetService budgets;
    private final BudgetLedger ledger;
    private final CurrentUser user;

    ClaimMoney(BudgetService budgets, BudgetLedger ledger, CurrentUser user) {
        this.budgets = budgets;
        this.ledger = ledger;
        this.user = user;
    }

    /** Approval commits the claim's amount on its region's line for the year; too little left refuses it. */
    void commit(SubsidyClaim claim) {
        Budget line = budgets.lineFor(claim.getClaimYear(), claim.getRegionCode(), claim.getPolicyId())
                .orElseThrow(() -> new RuleViolation("subsidy.budget.none"));
        ledger.commit(line.getId(), claim.getAmount());
        claim.approvedBy(user.accountId(), line.getId());
    }

    /** A committed amount given back, when an approved claim is rejected or withdrawn before payment. */
    void release(SubsidyClaim claim) {
        if (claim.getBudgetId() != null) {
            ledger.release(claim.getBudgetId(), claim.getAmount());
            claim.releaseBudget();
        }
    }

    /** Money taken back from a paid claim returns to its line. */
    void restore(SubsidyClaim claim, BigDecimal amount) {
        ledger.restore(claim.getBudgetId(), amount);
    }
}
