package cn.jilin.laborbrand.training.startup;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** A guaranteed loan whose term ends within 60 days: whoever keeps the start-up follows up repayment or renewal. */
@Component
class StartupWorkItems implements WorkItemSource {

    static final int DAYS = 60;
    private static final int LIMIT = 50;

    private final StartupService startups;

    StartupWorkItems(StartupService startups) {
        this.startups = startups;
    }

    @Override
    public List<WorkItem> itemsFor(SignedInAccount user) {
        if (!user.can("startup:view") || !user.can("startup:manage")) {
            return List.of();
        }
        return startups.loansEnding(DAYS, user.scope(), LIMIT).stream()
                .map(s -> WorkItem.of(WorkItem.Kind.DUE, "worklist.startup.loanEnding", "/startups/" + s.id(), s.loanDueOn(), s.name())
                        .inList("/startups"))
                .toList();
    }
}
