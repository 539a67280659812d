package cn.jilin.laborbrand.training.base;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Cultivation bases on the work list: HRSS sees the bases recommended to it for provincial designation; a city sees the
 * bases registered in its region that wait for its decision, and those under rectification. Within the user's scope.
 */
@Component
class BaseWorkItems implements WorkItemSource {

    private static final int LIMIT = 50;

    private final BaseService bases;

    BaseWorkItems(BaseService bases) {
        this.bases = bases;
    }

    @Override
    public List<WorkItem> itemsFor(SignedInAccount user) {
        List<WorkItem> items = new ArrayList<>();
        if (user.can("base:view") && user.can(BaseWorkflow.PROVINCE) && user.scope().isProvince()) {
            for (CultivationBase base : inState(user, BaseState.RECOMMENDED)) {
                items.add(WorkItem.of(WorkItem.Kind.DECIDE, "worklist.base.provincial", "/bases/" + base.getId(), null, base.getName()));
            }
        }
        if (user.can("base:view") && user.can(BaseWorkflow.CITY)) {
            for (CultivationBase base : inState(user, BaseState.REGISTERED)) {
                items.add(WorkItem.of(WorkItem.Kind.DECIDE, "worklist.base.municipal", "/bases/" + base.getId(), null, base.getName()));
            }
            for (CultivationBase base : inState(user, BaseState.RECTIFYING)) {
                items.add(WorkItem.of(WorkItem.Kind.DUE, "worklist.base.rectifying", "/bases/" + base.getId(), null, base.getName()));
            }
        }
        return items;
    }

    private List<CultivationBase> inState(SignedInAccount user, BaseState state) {
        return bases.search(new BaseFilter(null, null, state, null), user.scope(), PageRequest.of(0, LIMIT, Sort.by("id"))).getContent();
    }
}
