package cn.jilin.laborbrand.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Templates call their helpers as expression objects ({@code #access}, {@code #regions} …), which Spring's expression
 * compiler turns into plain method calls, never as bean references ({@code @access}), which it cannot compile.
 */
@PortalTest
class TemplateHelpersTest {

    /** A method called on a bean by name, {@code @links.page(…)}; an e-mail address or {@code @{/path}} is not one. */
    static final Pattern BEAN_CALL = Pattern.compile("(?<![\\w@.])@([A-Za-z_]\\w*)\\s*\\.\\s*\\w+\\s*\\(");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SpringTemplateEngine engine;

    @Test
    void noTemplateCallsABeanByName() throws IOException {
        List<String> calls = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher call = BEAN_CALL.matcher(Files.readString(template));
                while (call.find()) {
                    calls.add(template + ": " + call.group());
                }
            }
        }
        assertThat(calls).as("call a helper of TemplateHelpers instead, e.g. ${#links.page(2)}").isEmpty();
        assertThat(BEAN_CALL.matcher("th:href=\"${@links.page(n)}\"").find()).isTrue();
        assertThat(BEAN_CALL.matcher("<a th:href=\"@{/brands}\">hrss@jl.gov.cn</a>").find()).isFalse();
    }

    /**
     * A list page served more than a hundred times (the point at which Thymeleaf's mixed mode compiles an expression):
     * every expression that calls a helper is then compiled, the per-row ones (badges, region names) and the page's own
     * (sidebar, links) alike.
     */
    @Test
    void everyCallOfAHelperOnAListPageIsCompiled() throws Exception {
        // what other tests of this context rendered fewer than a hundred times is not this page's
        engine.getConfiguration().getCacheManager().clearAllCaches();
        for (int i = 0; i < 105; i++) {
            mvc.perform(get("/brands").with(fixtures.as("hrss.director"))).andExpect(status().isOk());
        }
        Map<String, Boolean> helperCalls = new TreeMap<>();
        ICache<ExpressionCacheKey, Object> cache = engine.getConfiguration().getCacheManager().getExpressionCache();
        for (ExpressionCacheKey key : cache.keySet()) {
            SpelExpression expression = spelExpression(cache.get(key));
            if (expression != null && expression.getExpressionString().matches(".*#(access|regions|badges|time|links|filterOptions|navigation)\\..*")) {
                helperCalls.put(expression.getExpressionString(), compiled(expression));
            }
        }
        assertThat(helperCalls).containsKeys("#badges.of(b.level)", "#regions.name(b.regionCode)", "#access.can('brand:edit')",
                "#navigation.sidebar(#authentication.principal)", "#filterOptions.regions(regions, region)");
        assertThat(helperCalls).allSatisfy((expression, compiled) -> assertThat(compiled).as(expression).isTrue());
    }

    /** The SpEL expression Thymeleaf caches for a {@code ${…}}, or null for other entries of its cache. */
    private static SpelExpression spelExpression(Object cached) throws ReflectiveOperationException {
        if (cached == null || !cached.getClass().getSimpleName().equals("ComputedSpelExpression")) {
            return null;
        }
        Field expression = cached.getClass().getDeclaredField("expression");
        expression.setAccessible(true);
        return (SpelExpression) expression.get(cached);
    }

    private static boolean compiled(SpelExpression expression) throws ReflectiveOperationException {
        Field compiledAst = SpelExpression.class.getDeclaredField("compiledAst");
        compiledAst.setAccessible(true);
        return compiledAst.get(expression) != null;
    }
}
