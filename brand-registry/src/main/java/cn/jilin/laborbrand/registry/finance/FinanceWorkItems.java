package cn.jilin.laborbrand.registry.finance;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A pledge loan due within 30 days (or overdue) and not repaid: the city officer who keeps it follows up repayment or
 * renewal (the province reads the cities' loans; it is not asked).
 */
@Component
class FinanceWorkItems implements WorkItemSource {

    static final int DAYS = 30;
    private static final int LIMIT = 50;

    private final PledgeLoanService loans;

    FinanceWorkItems(PledgeLoanService loans) {
        this.loans = loans;
    }

    @Override
    public List<WorkItem> itemsFor(SignedInAccount user) {
        if (!user.can("finance:view") || !user.can("finance:manage") || user.scope().kind() != DataScope.Kind.REGION) {
            return List.of();
        }
        return loans.dueWithin(DAYS, user.scope(), LIMIT).stream()
                .map(r -> WorkItem.of(WorkItem.Kind.DUE, "worklist.finance.pledgeDue", "/brand-finance/pledges/" + r.loan().getId(),
                                r.loan().getDueOn(), r.brand().name(), r.loan().getBank())
                        .inList("/brand-finance?kind=PLEDGE&status=OUTSTANDING"))
                .toList();
    }
}
