package cn.jilin.laborbrand.training.incubator;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** A carrier recognised as 省级优秀创业孵化示范基地 without the year of its recognition: whoever keeps it adds the year. */
@Component
class IncubatorWorkItems implements WorkItemSource {

    private static final int LIMIT = 50;

    private final IncubatorService incubators;

    IncubatorWorkItems(IncubatorService incubators) {
        this.incubators = incubators;
    }

    @Override
    public List<WorkItem> itemsFor(SignedInAccount user) {
        if (!user.can("startup:view") || !user.can("startup:manage")) {
            return List.of();
        }
        return incubators.recognisedWithoutYear(user.scope(), LIMIT).stream()
                .map(i -> WorkItem.of(WorkItem.Kind.DUE, "worklist.incubator.yearMissing", "/incubators/" + i.getId() + "/edit", null, i.getName())
                        .inList("/incubators"))
                .toList();
    }
}
