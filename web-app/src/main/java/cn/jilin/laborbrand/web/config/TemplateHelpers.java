package cn.jilin.laborbrand.web.config;

import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.web.catalog.Catalogues;
import cn.jilin.laborbrand.web.publicsite.PublicFrame;
import cn.jilin.laborbrand.web.support.Badges;
import cn.jilin.laborbrand.web.support.Dates;
import cn.jilin.laborbrand.web.support.FilterOptions;
import cn.jilin.laborbrand.web.support.Navigation;
import cn.jilin.laborbrand.web.support.PageAccess;
import cn.jilin.laborbrand.web.support.PageLinks;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The helpers templates call, as expression objects: {@code ${#access.can('brand:edit')}}, {@code ${#regions.name(code)}},
 * {@code ${#badges.of(b.level)}}, {@code ${#time.day(x)}}, {@code ${#links.page(2)}}, {@code ${#filterOptions.regions(…)}},
 * {@code ${#catalogues.name(owner)}}, {@code ${#publicFrame.menu()}}, {@code ${#navigation.sidebar(…)}}.
 * <p>
 * Not bean references ({@code ${@links.page(2)}}): Spring's expression compiler cannot compile a bean reference, so every
 * such call was interpreted on every row of every page (argument conversion, method lookup: a fifth of a list page's
 * time), and Thymeleaf refuses one inside {@code th:utext}. A call on an expression object compiles to a plain method call
 * once it has run a hundred times ({@code spring.thymeleaf.enable-spring-el-compiler}). {@code TemplateHelpersTest}
 * keeps bean references out of the templates.
 */
@Component
class TemplateHelpers extends AbstractDialect implements IExpressionObjectDialect {

    private final Map<String, Object> helpers;

    TemplateHelpers(PageAccess access, RegionService regions, Badges badges, Dates time, PageLinks links, FilterOptions filterOptions,
                    Catalogues catalogues, PublicFrame publicFrame, Navigation navigation) {
        super("laborbrand");
        this.helpers = Map.of("access", access, "regions", regions, "badges", badges, "time", time, "links", links,
                "filterOptions", filterOptions, "catalogues", catalogues, "publicFrame", publicFrame, "navigation", navigation);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return helpers.keySet();
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return helpers.get(expressionObjectName);
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
