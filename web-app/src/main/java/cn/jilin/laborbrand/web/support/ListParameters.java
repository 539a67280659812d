package cn.jilin.laborbrand.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * The paging parameters of every list, made safe before any controller reads them, whether as a {@code Pageable} or
 * as a plain {@code page} parameter:
 * <ul>
 * <li>a page so far on that its first row lies beyond what JPA can address (an int: {@code page=1380013800}) becomes
 * the last page that can be, for any page size up to 1,000 (an empty page of the list);</li>
 * <li>a sort key that Spring Data cannot decode ({@code sort=%25s}: it percent-decodes the value a second time and
 * fails on the {@code %}) is dropped, leaving the list in its default order. No column name holds a {@code %}.</li>
 * </ul>
 */
@Component
class ListParameters extends OncePerRequestFilter {

    /** The last page whose first row fits an int with up to 1,000 rows a page. */
    static final int LAST_PAGE = Integer.MAX_VALUE / 1000 - 1;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        boolean changed = false;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String[] values = parameter.getValue();
            String[] safe = parameter.getKey().endsWith("page") ? Arrays.stream(values).map(ListParameters::page).toArray(String[]::new)
                    : parameter.getKey().endsWith("sort") ? Arrays.stream(values).filter(ListParameters::decodable).toArray(String[]::new)
                    : values;
            if (!Arrays.equals(safe, values)) {
                parameter.setValue(safe);
                changed = true;
            }
        }
        parameters.values().removeIf(values -> values.length == 0);
        chain.doFilter(changed ? new SafeParameters(request, Collections.unmodifiableMap(parameters)) : request, response);
    }

    private static String page(String value) {
        String digits = value.trim();
        boolean beyond = !digits.isEmpty() && digits.chars().allMatch(Character::isDigit)
                && (digits.length() > 10 || Long.parseLong(digits) > LAST_PAGE);
        return beyond ? String.valueOf(LAST_PAGE) : value;
    }

    private static boolean decodable(String value) {
        try {
            UriUtils.decode(value, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException undecodable) {
            return false;
        }
    }

    private static final class SafeParameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        SafeParameters(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
