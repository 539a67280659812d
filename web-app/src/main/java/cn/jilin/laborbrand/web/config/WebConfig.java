package cn.jilin.laborbrand.web.config;

import cn.jilin.laborbrand.web.home.WorkListCache;
import cn.jilin.laborbrand.web.support.FormDataBinder;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Chinese by default; {@code ?lang=en} switches to English (and {@code ?lang=zh} back), remembered in a cookie.
 * Every form binds through {@link FormDataBinder}, so no posted value ends in a server error (and every list's paging
 * passes {@code ListParameters} first).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final WorkListCache workLists;

    WebConfig(WorkListCache workLists) {
        this.workLists = workLists;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * The messages of {@code spring.messages.basename} (24 bundles), merged once per language into one table. Spring
     * Boot's own message source looks a key up bundle by bundle, and in each through the language's chain of files
     * (zh_CN, zh, default): a key of the tenth bundle missed some thirty lookups first, and a list page asks for a
     * hundred keys or more. Merged, a key is one lookup. The first bundle that has a key wins, as before.
     */
    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames,
                                @Value("${spring.messages.encoding:UTF-8}") String encoding) {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(Arrays.stream(basenames).map(name -> "classpath:" + name.trim()).toArray(String[]::new));
        messages.setDefaultEncoding(encoding);
        messages.setFallbackToSystemLocale(false);
        messages.setCacheMillis(-1);
        return messages;
    }

    /**
     * Links are written as the templates give them; the resource chain resolves version-less webjar paths when they
     * are requested. Spring Boot would otherwise wrap every response in a ResourceUrlEncodingFilter that looks each
     * {@code th:href}/{@code th:src} up as a classpath resource on every render — most of a simple page's CPU.
     * Registering it disabled keeps it out.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(workLists);
    }

    /** Spring Boot's hook for the handler adapter, whose binder factory decides which binder every form gets. */
    @Bean
    WebMvcRegistrations formBinding() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
                        return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
                            @Override
                            protected ServletRequestDataBinder createBinderInstance(Object target, String objectName, NativeWebRequest request) {
                                return new FormDataBinder(target, objectName);
                            }
                        };
                    }
                };
            }
        };
    }
}
