package cn.jilin.laborbrand.registry.park;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Parks on the work list: after 31 March a city officer is asked for last year's figures of each of its parks that has
 * none yet (the province reads the cities' figures; it is not asked).
 */
@Component
class ParkWorkItems implements WorkItemSource {

    private static final int LIMIT = 50;
    private static final MonthDay DUE = MonthDay.of(3, 31);

    private final IndustrialParkService parks;
    private final Clock clock;

    ParkWorkItems(IndustrialParkService parks, Clock clock) {
        this.parks = parks;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(SignedInAccount user) {
        LocalDate today = LocalDate.now(clock);
        if (!user.can("park:manage") || user.scope().kind() != DataScope.Kind.REGION || !MonthDay.from(today).isAfter(DUE)) {
            return List.of();
        }
        int year = today.getYear() - 1;
        LocalDate due = DUE.atYear(today.getYear());
        return parks.withoutFigures(year, user.scope(), LIMIT).stream()
                .map(p -> WorkItem.of(WorkItem.Kind.OVERDUE, "worklist.park.figures", "/parks/" + p.getId(), due, p.getName(), String.valueOf(year))
                        .inList("/parks"))
                .toList();
    }
}
