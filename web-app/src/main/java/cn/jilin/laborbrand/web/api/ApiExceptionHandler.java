package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.web.support.DatabaseUnavailableFilter;
import org.springframework.web.server.ResponseStatusException;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.apiclient.ApiClientService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the /api/v1 controllers as JSON ({@link ApiError}), before the portal's page-rendering handler is asked:
 * bad input 400, outside the client's grant 403 (audited), missing or out of scope 404, the database away 503, anything
 * else 500 (logged, never described to the caller). The body is written directly, so that it is JSON whatever the client accepts.
 */
@RestControllerAdvice(basePackages = "cn.jilin.laborbrand.web.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiErrors errors;
    private final ApiClientService clients;

    ApiExceptionHandler(ApiErrors errors, ApiClientService clients) {
        this.errors = errors;
        this.clients = clients;
    }

    @ExceptionHandler(ApiRefusal.class)
    void refused(ApiRefusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refusal.status() == 403) {
            recordRefusal(request, refusal.messageKey());
        }
        errors.write(response, refusal.status(), refusal.messageKey());
    }

    /** A dataset the client's token does not grant (the endpoint's {@code @PreAuthorize}). */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(HttpServletRequest request, HttpServletResponse response) throws IOException {
        recordRefusal(request, "api.error.dataset");
        errors.write(response, 403, "api.error.dataset");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HandlerMethodValidationException.class})
    void badRequest(HttpServletResponse response) throws IOException {
        errors.write(response, 400, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void methodNotAllowed(HttpServletResponse response) throws IOException {
        errors.write(response, 405, null);
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        errors.write(response, 404, null);
    }

    /** A request the controller refuses with a status of its own (e.g. an aggregate asked for by an unknown key). */
    @ExceptionHandler(ResponseStatusException.class)
    void refusedWithStatus(ResponseStatusException e, HttpServletResponse response) throws IOException {
        errors.write(response, e.getStatusCode().value(), null);
    }

    @ExceptionHandler(Exception.class)
    void failed(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (DatabaseUnavailableFilter.databaseAway(e)) {
            errors.write(response, 503, "error.503.text");
            return;
        }
        LOG.error("API request {} failed", request.getRequestURI(), e);
        errors.write(response, 500, null);
    }


    private void recordRefusal(HttpServletRequest request, String reason) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiClientAuthentication client) {
            clients.recordRefusal(client.grant(), request.getRequestURI(), reason);
        }
    }
}
