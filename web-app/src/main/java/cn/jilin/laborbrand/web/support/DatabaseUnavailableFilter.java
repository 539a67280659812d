package cn.jilin.laborbrand.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached, every request ends within the pool's connection timeout (a few seconds) with
 * a 503 "temporarily unavailable" answer instead of hanging: a short page in the visitor's language, or JSON for the
 * API. It is the outermost filter, so it also answers when the session store itself (PostgreSQL) fails. Nothing is
 * cached: when the database returns, the next request is served as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final Messages messages;
    private final LocaleResolver locales;

    DatabaseUnavailableFilter(Messages messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!databaseAway(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("database unreachable, answered 503 for {} {}", request.getMethod(), request.getRequestURI());
            unavailable(request, response);
        }
    }

    /** A failure to get or keep a connection (the server away or restarting), anywhere in the cause chain (not a failed statement). */
    public static boolean databaseAway(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
            // 08: connection exception; 57P01-57P03: the server shut down or restarting under a connection in use
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            // Hikari's answer to a statement or rollback on a connection it has just found broken: no SQLState
            if (t instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Locale locale = locales.resolveLocale(request);
        String title = messages.text(locale, "error.503.title");
        String text = messages.text(locale, "error.503.text");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            // the shape of the API's other errors (ApiError)
            response.getWriter().write("{\"status\":503,\"error\":\"service_unavailable\",\"message\":\"" + jsonEscape(text) + "\"}");
            return;
        }
        response.setContentType("text/html");
        String lang = "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title></head><body><main>"
                + "<h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(text) + "</p>"
                + "</main></body></html>");
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
