package cn.jilin.laborbrand.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An /api/v1 address no controller maps ends at the static-resource handler, outside the API's controllers: answer
 * it in JSON here (written directly, whatever the client accepts). Any other address is rethrown untouched, so the portal's own 404 page answers as before.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiNotFoundAdvice {

    private final ApiErrors errors;

    ApiNotFoundAdvice(ApiErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    void noSuchAddress(NoResourceFoundException notFound, HttpServletRequest request, HttpServletResponse response) throws IOException, NoResourceFoundException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + ApiErrorPages.API)) {
            throw notFound;
        }
        errors.write(response, 404, null);
    }
}
