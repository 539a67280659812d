package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** 二(二)2 on the work list: placements that have had no follow-up service for 30 days, within the user's scope. */
@Component
class CooperationWorkItems implements WorkItemSource {

    private final PlacementService placements;

    CooperationWorkItems(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public List<WorkItem> itemsFor(SignedInAccount user) {
        DataScope scope = user.scope();
        if (!user.can("cooperation:manage") || !user.can("cooperation:view")
                || (scope.kind() != DataScope.Kind.REGION && !scope.isProvince())) {
            return List.of();
        }
        long waiting = placements.waitingForFollowUp(scope, WorkItem.COUNT_LIMIT);
        if (waiting == 0) {
            return List.of();
        }
        return List.of(WorkItem.of(WorkItem.Kind.DUE, "worklist.cooperation.followUp", "/cooperation/vacancies?followUpDue=true", null,
                WorkItem.shownCount(waiting), PlacementService.FOLLOW_UP_DAYS));
    }
}
