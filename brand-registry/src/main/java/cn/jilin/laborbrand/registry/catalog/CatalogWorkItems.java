package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The catalogues on the work list of the office that keeps one (动态管理): the entries of its own catalogue whose review
 * of this year is still to be done, as one line; and for a city's office that has recorded no development plan for its
 * brands yet (二(一)1), a line asking for it.
 */
@Component
class CatalogWorkItems implements WorkItemSource {

    private final GuidanceCatalogService catalog;
    private final CatalogEntryRepository entries;
    private final DevelopmentPlanRepository plans;

    CatalogWorkItems(GuidanceCatalogService catalog, CatalogEntryRepository entries, DevelopmentPlanRepository plans) {
        this.catalog = catalog;
        this.entries = entries;
        this.plans = plans;
    }

    @Override
    public List<WorkItem> itemsFor(SignedInAccount user) {
        Optional<CatalogOwner> kept = user.can("catalog:manage") ? catalog.keptBy(user.scope()) : Optional.empty();
        if (kept.isEmpty()) {
            return List.of();
        }
        CatalogOwner owner = kept.get();
        int year = catalog.currentYear();
        List<WorkItem> items = new ArrayList<>();
        long due = entries.countUpTo(CatalogFilter.of(owner).and(CatalogFilter.dueForReview(year)), user.scope(), WorkItem.COUNT_LIMIT);
        if (due > 0) {
            items.add(WorkItem.of(WorkItem.Kind.DUE, "worklist.catalog.review", "/catalog/review", LocalDate.of(year, 12, 31),
                    WorkItem.shownCount(due), String.valueOf(year)));
        }
        if (!owner.isProvince() && plans.findOfCities(List.of(owner.regionCode())).isEmpty()) {
            items.add(WorkItem.of(WorkItem.Kind.DUE, "worklist.catalog.plan", "/catalog/plans/new", null));
        }
        return items;
    }
}
