package cn.jilin.laborbrand.platform.scope;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list longer than {@link #MAX_ROWS}: lists count and page through their first {@code MAX_ROWS} rows only,
 * so that neither the count nor a deep offset costs a scan of a province's rows on every request. Its total is then
 * {@code MAX_ROWS} and {@link #isCapped()} says that there are more; a page past the bound is empty. Filters narrow a
 * list below the bound; exports are not bounded.
 */
public final class BoundedPage<T> extends PageImpl<T> {

    /** The rows a list counts and pages through. */
    public static final int MAX_ROWS = 10_000;

    private BoundedPage(List<T> content, Pageable pageable) {
        super(content, pageable, MAX_ROWS);
    }

    /** A page of a list with more than {@link #MAX_ROWS} rows. */
    public static <T> Page<T> capped(List<T> content, Pageable pageable) {
        return new BoundedPage<>(content, pageable);
    }

    /** Whether a page's total is only a lower bound (the list has more than {@link #MAX_ROWS} rows). */
    public static boolean isCapped(Page<?> page) {
        return page instanceof BoundedPage<?>;
    }
}
