package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.security.PortalCrawler.Form;
import cn.jilin.laborbrand.web.support.Navigation;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every form of the portal, posted with hostile values by every role that reaches it, answers with a page (the form
 * again with its errors, a redirect, a 4xx page), never with a server error. The forms are found, not listed: each
 * role's menu and the links on its pages are crawled (bounded) and every {@code <form method="post">} is collected
 * with its fields; the POST mappings no crawled form reaches get the fields of their handler's parameters. Each
 * hostile value goes to all fields of a form at once, and the type-mismatch value to each field alone. The same crawl
 * also checks that no page gives one id to two elements (labels, error messages and scripts find their element by id)
 * and that no link on a page leads to a 403, a 404 or a server error.
 * <p>Not posted here: the sign-out form (it would end the crawl's session and takes no fields) and file uploads
 * (multipart forms, which the spreadsheet-upload tests cover). Hostile posts may succeed and change records, so this
 * class runs on a database of its own.
 */
@PortalTest
@TestPropertySource(properties = "laborbrand.test-database.name=hostile")
class HostileFormsTest {

    /** One account of each kind of role; the administrators last, as their posts may lock others out. */
    static final List<String> ACCOUNTS = List.of("hrss.director", "hrss.reviewer", "changchun.officer", "dept.finance",
            "expert.li", "inst.changchun", "auditor", "secadmin", "sysadmin");

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
    private final List<String> repeatedIds = new ArrayList<>();
    private final List<String> deadLinks = new ArrayList<>();
    private final Map<String, RequestPostProcessor> signedIn = new LinkedHashMap<>();
    private int requests;

    @Test
    void noFormAnswersAServerErrorWhateverIsPosted() throws Exception {
        long start = System.nanoTime();
        Map<String, List<Form>> found = new LinkedHashMap<>();
        Set<String> visited = new HashSet<>();
        for (String account : ACCOUNTS) {
            signedIn.put(account, SignedIn.as(mvc, accounts.loadUserByUsername(account)));
        }
        for (String account : ACCOUNTS) {
            PortalCrawler crawl = crawl(account);
            found.put(account, crawl.forms());
            visited.addAll(crawl.pages().keySet());
            crawl.pages().forEach((path, html) -> duplicateIds(html).forEach(id -> repeatedIds.add(account + " " + path + " #" + id)));
            crawl.deadLinks().forEach((link, where) -> deadLinks.add(account + " " + link + " → " + where));
        }

        long crawled = System.nanoTime();
        Set<String> typedAlone = new HashSet<>();
        List<String> actions = new ArrayList<>();
        int forms = 0;
        for (String account : ACCOUNTS) {
            Set<String> shapes = new HashSet<>();
            for (Form form : found.get(account)) {
                actions.add(form.action());
                if (form.upload() || form.action().equals("/logout") || !shapes.add(form.shape())) {
                    continue;
                }
                forms++;
                Map<String, List<String>> page = new LinkedHashMap<>();
                form.fields().stream().filter(f -> !f.name().equals("_csrf")).forEach(f -> page.put(f.name(), f.values()));
                attack(account, form.action(), page, true, typedAlone.add(form.shape()));
            }
        }
        int unreached = attackUnreachedMappings(actions, visited);

        System.out.printf("HostileFormsTest: %d pages crawled in %d s; %d forms and %d mappings without a form, %d posts in %d s%n",
                visited.size(), (crawled - start) / 1_000_000_000, forms, unreached, requests, (System.nanoTime() - crawled) / 1_000_000_000);
        assertThat(forms).as("forms found by the crawl").isGreaterThan(40);
        assertThat(failures).as("posts answered with a server error (or a long value with a conflict)").isEmpty();
        // a label, an error message or a script finds its element by id: two forms of a page each with th:field="*{version}"
        // gave two id="version"
        assertThat(repeatedIds).as("ids used twice on one crawled page").isEmpty();
        assertThat(deadLinks).as("links on crawled pages that answer 403, 404 or a server error").isEmpty();
    }

    /** The ids a page gives to more than one element. */
    static Set<String> duplicateIds(String html) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new TreeSet<>();
        Jsoup.parse(html).select("[id]").forEach(element -> {
            if (!seen.add(element.id())) {
                repeated.add(element.id());
            }
        });
        return repeated;
    }

    private PortalCrawler crawl(String account) throws Exception {
        UserDetails user = accounts.loadUserByUsername(account);
        List<String> starts = Stream.concat(Stream.of("/", "/account/password"),
                navigation.entryPoints(user).stream().map(Navigation.Item::path)).distinct().toList();
        return new PortalCrawler(mvc, signedIn.get(account), 80, 1).crawl(starts);
    }

    /**
     * Each hostile value in every field at once (or only the type mismatch, {@code everyValue} off), the malformed names,
     * then ({@code eachFieldAlone}) the mismatch in each field alone.
     */
    private void attack(String account, String action, Map<String, List<String>> page, boolean everyValue, boolean eachFieldAlone) {
        for (Map.Entry<String, String> value : HostileInput.VALUES.entrySet()) {
            if (!everyValue && !value.getValue().equals(HostileInput.TYPE_MISMATCH)) {
                continue;
            }
            Map<String, List<String>> all = new LinkedHashMap<>();
            page.keySet().forEach(name -> all.put(name, List.of(value.getValue())));
            post(account, action, all, value.getKey());
        }
        Map<String, List<String>> names = new LinkedHashMap<>(page);
        names.putAll(HostileInput.malformedNames(page.keySet()));
        post(account, action, names, "malformed names");
        if (eachFieldAlone) {
            for (String field : page.keySet()) {
                Map<String, List<String>> one = new LinkedHashMap<>(page);
                one.put(field, List.of(HostileInput.TYPE_MISMATCH));
                post(account, action, one, "mismatch in " + field);
            }
        }
    }

    /** The POST mappings no crawled form posts to, with fields from their handler and path variables from crawled pages. */
    private int attackUnreachedMappings(List<String> actions, Set<String> visited) {
        int count = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!handler.getBeanType().getName().startsWith("cn.jilin.laborbrand.")
                    || !mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            List<String> fields = HostileInput.fieldsOf(handler);
            boolean upload = fields.isEmpty() && Stream.of(handler.getMethodParameters())
                    .anyMatch(p -> p.getParameterType().getName().contains("Multipart"));
            for (PathPattern pattern : mapping.getKey().getPathPatternsCondition().getPatterns()) {
                if (upload || pattern.getPatternString().equals("/logout")
                        || actions.stream().anyMatch(a -> pattern.matches(PathContainer.parsePath(a)))) {
                    continue;
                }
                count++;
                String path = RoutePaths.fill(pattern.getPatternString(), visited);
                Map<String, List<String>> page = new LinkedHashMap<>();
                fields.forEach(f -> page.put(f, List.of("1")));
                boolean first = true;
                for (String account : ACCOUNTS) {
                    if (HostileInput.mayReach(handler, accounts.loadUserByUsername(account))) {
                        // binding happens before the access rule is checked, so every role meets the same binding:
                        // every value once, and the mismatch and malformed names as each role
                        attack(account, path, page, first, first);
                        first = false;
                    }
                }
            }
        }
        return count;
    }

    private void post(String account, String action, Map<String, List<String>> fields, String what) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(URI.create(action)).with(signedIn.get(account)).with(csrf());
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        requests++;
        try {
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status >= 500) {
                failures.add(account + " POST " + action + " [" + what + "] → " + status);
            }
            // a value the database cannot hold is the user's to shorten, not someone else's change (409)
            if (status == 409 && what.equals(HostileInput.LONG_TEXT)) {
                failures.add(account + " POST " + action + " [" + what + "] → 409 instead of a message about the value");
            }
        } catch (Exception | StackOverflowError e) {
            failures.add(account + " POST " + action + " [" + what + "] → " + HostileInput.describe(e));
        }
    }
}
