package cn.jilin.laborbrand.web.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public showcase and the open data are cacheable: an ETag on every answer (a repeat with If-None-Match gets 304
 * without the body) and {@code Cache-Control: public} on the pages that succeed. The language comes from the
 * {@code lang} cookie, so pages vary by cookie. Datasets set their own cache headers; a page that must not be kept
 * (the certificate check) says no-store, which both leave alone.
 */
@Configuration(proxyBeanMethods = false)
class PublicCachingConfig implements WebMvcConfigurer {

    /** Five minutes: long enough to spare the database under load, short enough for a new designation to show soon. */
    static final String PAGE_CACHE = "public, max-age=300";

    /** Outside the security chain, so that the 304 decision sees the final body and headers. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/public/*", "/api/v1/*");
        registration.setOrder(-200);
        registration.setName("publicEtags");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
                // after the handler and before the view: only answers that succeeded, and never over a handler's own choice
                boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
                if (read && response.getStatus() < 300 && !response.containsHeader("Cache-Control")) {
                    response.setHeader("Cache-Control", PAGE_CACHE);
                    response.addHeader("Vary", "Cookie");
                }
            }
        }).addPathPatterns("/public", "/public/**");
    }
}
