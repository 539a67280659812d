package cn.jilin.laborbrand.web.home;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the user's work list (what waits for them in every module, from each module's
 * {@link WorkItemSource}), who they are, their organisation and data scope, and the entry points of their role.
 */
@Controller
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);
    private static final Comparator<WorkItem> PRESSING_FIRST = Comparator.comparing(WorkItem::kind)
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Items of one kind shown one by one; more become one line (see {@link #grouped}). */
    static final int SHOWN_ONE_BY_ONE = 5;

    private final RegionService regions;
    private final ObjectProvider<WorkItemSource> sources;
    private final Clock clock;
    private final WorkListCache cache;

    HomeController(RegionService regions, ObjectProvider<WorkItemSource> sources, Clock clock, WorkListCache cache) {
        this.regions = regions;
        this.sources = sources;
        this.clock = clock;
        this.cache = cache;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("user", user);
        if (user.scope().regionCode() != null) {
            model.addAttribute("scopeRegion", regions.name(user.scope().regionCode()));
        }
        model.addAttribute("workItems", cache.get(user.accountId(), () -> workList(user)));
        model.addAttribute("today", LocalDate.now(clock));
        return "home";
    }

    private List<WorkItem> workList(SignedInAccount user) {
        List<WorkItem> items = new ArrayList<>();
        sources.orderedStream().forEach(source -> {
            try {
                items.addAll(source.itemsFor(user));
            } catch (AccessDeniedException e) {
                // a source asked a service the user may not use: it has nothing for them
                log.debug("{} has nothing for {}: {}", source.getClass().getSimpleName(), user.username(), e.getMessage());
            }
        });
        items.sort(PRESSING_FIRST);
        return grouped(items);
    }

    /**
     * More than {@value #SHOWN_ONE_BY_ONE} items of one kind that share a list become one line with their number,
     * linking to that list (the earliest due date kept), so that a province's hundreds of records stay one screen.
     */
    static List<WorkItem> grouped(List<WorkItem> items) {
        Map<String, List<WorkItem>> byList = items.stream().filter(i -> i.listLink() != null)
                .collect(Collectors.groupingBy(i -> i.titleKey() + " " + i.listLink()));
        List<WorkItem> shown = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (WorkItem item : items) {
            List<WorkItem> same = item.listLink() == null ? List.of(item) : byList.get(item.titleKey() + " " + item.listLink());
            if (same.size() <= SHOWN_ONE_BY_ONE) {
                shown.add(item);
            } else if (done.add(item.titleKey() + " " + item.listLink())) {
                LocalDate due = same.stream().map(WorkItem::due).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
                shown.add(WorkItem.of(item.kind(), item.titleKey() + ".many", item.listLink(), due, same.size()));
            }
        }
        return shown;
    }
}
