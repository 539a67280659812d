package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.platform.scope.BoundedPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a page that keep its filters: another page, another sort, the export of the same rows, another language.
 * Templates write {@code th:href="${#links.page(2)}"} (see {@code TemplateHelpers}).
 */
@Component
public class PageLinks {

    /** The current list at page {@code page} (zero-based). */
    public String page(int page) {
        return current().replaceQueryParam("page", page).build().toUriString();
    }

    /** Whether a list page counts only its first {@link BoundedPage#MAX_ROWS} rows (the list has more). */
    public boolean capped(Page<?> page) {
        return BoundedPage.isCapped(page);
    }

    /** The current list sorted by {@code property}, flipping the direction when it is already sorted by it. */
    public String sort(String property, String currentSort) {
        String direction = (property + ",asc").equals(currentSort) ? "desc" : "asc";
        return current().replaceQueryParam("sort", property + "," + direction).replaceQueryParam("page").build().toUriString();
    }

    /** The same filters on another path, e.g. the export of the list. */
    public String withPath(String path) {
        return current().replacePath(path).replaceQueryParam("page").replaceQueryParam("size").build().toUriString();
    }

    /** The current page in another language ({@code zh} or {@code en}). */
    public String lang(String language) {
        return current().replaceQueryParam("lang", language).build().toUriString();
    }

    /** Path and query of the current request; both stay as the browser encoded them. */
    private static UriComponentsBuilder current() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }
}
