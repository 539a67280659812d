package cn.jilin.laborbrand.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The {@code Pageable} of every list, as Spring Data reads it from {@code page}, {@code size} and {@code sort}, made
 * safe before any controller sees it:
 * <ul>
 * <li>a page so far on that its first row lies beyond {@code Integer.MAX_VALUE} (JPA's limit; {@code page=1380013800})
 * becomes the last page that can be addressed, which is empty;</li>
 * <li>a sort key Spring Data cannot decode ({@code sort=%25s}: it percent-decodes the already decoded value and fails
 * on the {@code %}) is dropped, leaving the list's default order.</li>
 * </ul>
 * Installed in place of Spring Data's resolver by {@code WebConfig}.
 */
public final class BoundedPaging implements HandlerMethodArgumentResolver {

    private final PageableHandlerMethodArgumentResolver pageables;

    public BoundedPaging(PageableHandlerMethodArgumentResolver pageables) {
        this.pageables = pageables;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return pageables.supportsParameter(parameter);
    }

    @Override
    public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                    WebDataBinderFactory binders) {
        Pageable pageable;
        try {
            pageable = pageables.resolveArgument(parameter, container, request, binders);
        } catch (IllegalArgumentException undecodableSort) {
            pageable = pageables.resolveArgument(parameter, container, withoutSort(request), binders);
        }
        if (pageable.isUnpaged()) {
            return pageable;
        }
        int lastAddressable = Integer.MAX_VALUE / pageable.getPageSize() - 1;
        return pageable.getPageNumber() <= lastAddressable ? pageable
                : PageRequest.of(lastAddressable, pageable.getPageSize(), pageable.getSort());
    }

    /** The request without its sort parameters. */
    private static NativeWebRequest withoutSort(NativeWebRequest request) {
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        return new ServletWebRequest(new HttpServletRequestWrapper(servlet) {
            @Override
            public String getParameter(String name) {
                return isSort(name) ? null : super.getParameter(name);
            }

            @Override
            public String[] getParameterValues(String name) {
                return isSort(name) ? null : super.getParameterValues(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
                parameters.keySet().removeIf(BoundedPaging::isSort);
                return parameters;
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(getParameterMap().keySet());
            }
        });
    }

    private static boolean isSort(String name) {
        return name.endsWith("sort");
    }
}
