package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.support.Navigation;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every query parameter of every page answers hostile values with the page (its defaults in place of what it cannot
 * use) or a 400 page, never a server error. The pages and their parameters come from the handler mappings:
 * {@code @RequestParam} names, {@code page}/{@code size}/{@code sort} for a {@code Pageable}, the components of a
 * {@code @ModelAttribute} filter record; path variables are taken from pages a crawl found, and each page is opened
 * as the first role that can open it.
 */
@PortalTest
class HostileListParametersTest {

    /** Values only the paging and sorting parameters get, beside {@link HostileInput#VALUES}. */
    private static final Map<String, List<String>> PAGING = Map.of(
            "page", List.of("1380013800", "2147483647", "2147483648", "-5"),
            "size", List.of("0", "1000000", "99999999999"),
            "sort", List.of("%s", "name,%' AND 1=1 --", "name,desc,asc", ",", "class.classLoader", "name;drop table brand"));

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    Navigation navigation;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, RequestPostProcessor> signedIn = new LinkedHashMap<>();

    @Test
    void noListAnswersAServerErrorWhateverItsParametersHold() throws Exception {
        Set<String> crawled = new HashSet<>();
        for (String account : HostileFormsTest.ACCOUNTS) {
            UserDetails user = accounts.loadUserByUsername(account);
            signedIn.put(account, SignedIn.as(mvc, user));
            List<String> starts = navigation.entryPoints(user).stream().map(Navigation.Item::path).toList();
            crawled.addAll(new PortalCrawler(mvc, signedIn.get(account), 40, 1).crawl(starts).pages().keySet());
        }
        long start = System.nanoTime();
        int routes = 0;
        int parameters = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            Set<String> names = parametersOf(handler);
            if (!handler.getBeanType().getName().startsWith("cn.jilin.laborbrand.") || names.isEmpty()
                    || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                continue;
            }
            for (PathPattern pattern : mapping.getKey().getPathPatternsCondition().getPatterns()) {
                String path = RoutePaths.fill(pattern.getPatternString(), crawled);
                RequestPostProcessor account = firstThatOpens(handler, path);
                if (account == null) {
                    continue;
                }
                routes++;
                parameters += names.size();
                if (path.endsWith("/export")) {
                    // an export reads the filters of its list (tried one by one there) and writes every row: each value
                    // once, in all its parameters
                    for (String value : HostileInput.VALUES.values()) {
                        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
                        names.forEach(name -> uri.queryParam(name, value));
                        open(account, uri.encode().build().toUri(), "all");
                    }
                    continue;
                }
                for (String name : names) {
                    List<String> values = new ArrayList<>(HostileInput.VALUES.values());
                    values.addAll(PAGING.getOrDefault(name, List.of()));
                    for (String value : values) {
                        open(account, UriComponentsBuilder.fromPath(path).queryParam(name, value).encode().build().toUri(), name);
                    }
                }
                // a percent sign as a browser may send it, not encoded
                open(account, path, "sort=%s&page=%&q=%' AND 1=1 --");
            }
        }
        System.out.printf("HostileListParametersTest: %d pages, %d parameters, %d s%n", routes, parameters,
                (System.nanoTime() - start) / 1_000_000_000);
        assertThat(routes).as("pages with query parameters").isGreaterThan(20);
        assertThat(failures).as("pages answered with a server error").isEmpty();
    }

    /** The query parameters a handler reads: request parameters, paging, and the components of a filter record. */
    private static Set<String> parametersOf(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if (name != null && !parameter.getParameterType().getName().contains("Multipart")) {
                    names.add(name);
                }
            } else if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
                names.addAll(List.of("page", "size", "sort"));
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) && parameter.getParameterType().isRecord()) {
                Stream.of(parameter.getParameterType().getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
            }
        }
        return names;
    }

    /**
     * An anonymous visitor for the public pages; elsewhere the first demo account that may call the handler and gets the
     * page itself (200) at {@code path}.
     */
    private RequestPostProcessor firstThatOpens(HandlerMethod handler, String path) throws Exception {
        if (path.equals("/public") || path.startsWith("/public/") || path.startsWith("/api/v1/")) {
            // an address of its own, so that the public pages' rate limits count these requests apart from other tests'
            return request -> {
                request.setRemoteAddr("192.0.2.80");
                return SecurityMockMvcRequestPostProcessors.anonymous().postProcessRequest(request);
            };
        }
        for (String account : HostileFormsTest.ACCOUNTS) {
            if (HostileInput.mayReach(handler, accounts.loadUserByUsername(account))
                    && mvc.perform(get(URI.create(path)).with(signedIn.get(account))).andReturn().getResponse().getStatus() == 200) {
                return signedIn.get(account);
            }
        }
        return null;
    }

    private void open(RequestPostProcessor account, URI uri, String parameter) {
        try {
            int status = mvc.perform(get(uri).with(account)).andReturn().getResponse().getStatus();
            if (status >= 500) {
                failures.add("GET " + abbreviated(uri.toString()) + " [" + parameter + "] → " + status);
            }
        } catch (Exception | StackOverflowError e) {
            failures.add("GET " + abbreviated(uri.toString()) + " [" + parameter + "] → " + HostileInput.describe(e));
        }
    }

    /** A query string sent exactly as given (MockMvc would encode it). */
    private void open(RequestPostProcessor account, String path, String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        try {
            int status = mvc.perform(get(URI.create(path)).with(account).with(request -> {
                request.setQueryString(rawQuery);
                parameters.forEach(request::addParameter);
                return request;
            })).andReturn().getResponse().getStatus();
            if (status >= 500) {
                failures.add("GET " + path + "?" + rawQuery + " → " + status);
            }
        } catch (Exception | StackOverflowError e) {
            failures.add("GET " + path + "?" + rawQuery + " → " + HostileInput.describe(e));
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
