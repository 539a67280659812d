package cn.jilin.laborbrand.web.support;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Keeps a list's paging to what the page offers: sorting by an unknown column falls back to the default. (Page numbers
 * beyond what the database can address and sort keys that cannot be decoded are dealt with for every list before the
 * controller sees them, by {@link ListParameters}.)
 */
public final class Listing {

    private Listing() {
    }

    public static Pageable sanitise(Pageable requested, Sort fallback, Set<String> sortable) {
        Sort sort = requested.getSort().stream().allMatch(order -> sortable.contains(order.getProperty())) && requested.getSort().isSorted()
                ? requested.getSort() : fallback;
        return PageRequest.of(requested.getPageNumber(), requested.getPageSize(), sort);
    }

    /** The sort as the {@code sort} parameter writes it, e.g. {@code name,asc}, for the column headers. */
    public static String describe(Pageable pageable) {
        return pageable.getSort().stream().findFirst()
                .map(o -> o.getProperty() + "," + (o.isAscending() ? "asc" : "desc")).orElse("");
    }
}
