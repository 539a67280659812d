package cn.jilin.laborbrand.web.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Errors that reach the container's error dispatch (an address no controller maps, a request the container refuses)
 * answer JSON when they happened under /api/v1, whatever the client accepts; the portal's pages keep their HTML error
 * pages. Replacing the error view resolver means declaring Boot's conventional one here as well.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiErrorPages {

    static final String API = "/api/v1/";

    @Bean
    DefaultErrorAttributes errorAttributes(ApiErrors errors) {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
                if (!(uri instanceof String path) || !path.startsWith(API)) {
                    return attributes;
                }
                int status = attributes.get("status") instanceof Integer s ? s : 500;
                ApiError error = errors.body(status, null);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", error.status());
                body.put("error", error.error());
                body.put("message", error.message());
                return body;
            }
        };
    }

    @Bean
    ErrorViewResolver apiErrorViewResolver(ApiErrors errors) {
        return new ApiErrorViewResolver(errors);
    }

    @Bean
    DefaultErrorViewResolver conventionErrorViewResolver(ApplicationContext context, WebProperties web) {
        return new DefaultErrorViewResolver(context, web.getResources());
    }

    /** Before Boot's resolver: an /api/v1 error is rendered as the JSON of its attributes. */
    static final class ApiErrorViewResolver implements ErrorViewResolver, Ordered {

        private final ApiErrors errors;

        ApiErrorViewResolver(ApiErrors errors) {
            this.errors = errors;
        }

        @Override
        public ModelAndView resolveErrorView(HttpServletRequest request, org.springframework.http.HttpStatus status, Map<String, Object> model) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (!(uri instanceof String path) || !path.startsWith(API)) {
                return null;
            }
            View json = new View() {
                @Override
                public String getContentType() {
                    return MediaType.APPLICATION_JSON_VALUE;
                }

                @Override
                public void render(Map<String, ?> ignored, HttpServletRequest req, jakarta.servlet.http.HttpServletResponse response)
                        throws Exception {
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    response.getWriter().write(errors.toJson(errors.body(status.value(), null)));
                }
            };
            ModelAndView answer = new ModelAndView(json);
            answer.setStatus(status);
            return answer;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
