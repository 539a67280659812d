package cn.jilin.laborbrand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every controller mapping of the portal declares who may call it ({@code @PreAuthorize} on the method or its class),
 * and every one but the sign-in page, the public pages and the API sends an anonymous visitor to sign in first.
 */
@PortalTest
class MappingRulesTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MockMvc mvc;

    private Map<RequestMappingInfo, HandlerMethod> ours() {
        Map<RequestMappingInfo, HandlerMethod> all = new java.util.HashMap<>(mappings.getHandlerMethods());
        all.entrySet().removeIf(e -> !e.getValue().getBeanType().getName().startsWith("cn.jilin.laborbrand."));
        return all;
    }

    @Test
    void everyMappingDeclaresItsAccessRule() {
        Map<RequestMappingInfo, HandlerMethod> handlers = ours();
        assertThat(handlers).hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        handlers.forEach((info, handler) -> {
            Method method = handler.getMethod();
            boolean declared = AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
            if (!declared) {
                missing.add(handler.getBeanType().getSimpleName() + "." + method.getName() + " " + info);
            }
        });
        assertThat(missing).as("mappings without @PreAuthorize").isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToSignInEverywhereButTheSignInPage() throws Exception {
        List<String> open = new ArrayList<>();
        for (RequestMappingInfo info : ours().keySet()) {
            boolean isGet = info.getMethodsCondition().getMethods().isEmpty() || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (!isGet) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
                // /api/v1 answers anonymous callers itself (public GETs, 401 JSON for tokens): ApiSecurityTest
                boolean isPublic = path.equals("/public") || path.startsWith("/public/") || path.startsWith("/api/v1/");
                if (!path.equals("/login") && !isPublic && status != 302) {
                    open.add(path + " → " + status);
                }
            }
        }
        assertThat(open).as("pages an anonymous visitor reached").isEmpty();
    }
}
