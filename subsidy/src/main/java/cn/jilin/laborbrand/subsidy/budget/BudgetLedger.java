package cn.jilin.laborbrand.subsidy.budget;

import cn.jilin.laborbrand.platform.RuleViolation;
import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way money moves on a budget line, each a single conditional UPDATE in the caller's transaction: two
 * approvers taking the last of a line at the same moment cannot both succeed (the second finds too little and is
 * refused), and the table's checks refuse anything below zero. Called by the claim and batch services, never by a page.
 */
@Component
public class BudgetLedger {

    private final JdbcTemplate jdbc;

    BudgetLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An approval commits the amount, or is refused when the line has less left. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void commit(long budgetId, BigDecimal amount) {
        int updated = jdbc.update("""
                update subsidy_budget set committed = committed + ?, version = version + 1
                where id = ? and allocated - committed - spent >= ?""", amount, budgetId, amount);
        if (updated != 1) {
            throw new RuleViolation("subsidy.budget.insufficient");
        }
    }

    /** A committed amount given back (an approved claim rejected or withdrawn before payment). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long budgetId, BigDecimal amount) {
        move("committed = committed - ?", "committed >= ?", budgetId, amount);
    }

    /** A payment: the committed amount becomes spent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void spend(long budgetId, BigDecimal amount) {
        int updated = jdbc.update("""
                update subsidy_budget set committed = committed - ?, spent = spent + ?, version = version + 1
                where id = ? and committed >= ?""", amount, amount, budgetId, amount);
        if (updated != 1) {
            throw new IllegalStateException("budget " + budgetId + " has not committed " + amount + " to spend");
        }
    }

    /** A recovery: money taken back returns to the line. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restore(long budgetId, BigDecimal amount) {
        move("spent = spent - ?", "spent >= ?", budgetId, amount);
    }

    private void move(String set, String guard, long budgetId, BigDecimal amount) {
        int updated = jdbc.update("update subsidy_budget set " + set + ", version = version + 1 where id = ? and " + guard,
                amount, budgetId, amount);
        if (updated != 1) {
            throw new IllegalStateException("budget " + budgetId + " does not hold " + amount + " to move back");
        }
    }
}
