package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.training.occupation.Occupation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The long choices of the lists' filters — the regions of the user's scope, the occupations — as {@code <option>}s, the
 * chosen one selected. Each option is written once and reused (both are reference data, changed only by migrations):
 * a province user's region filter has some seventy regions, and evaluating three expressions for each option on every
 * list view was a good part of rendering a list.
 */
@Component
public class FilterOptions {

    private final Map<String, String> regions = new ConcurrentHashMap<>();
    private final Map<String, String> occupations = new ConcurrentHashMap<>();

    /** The regions, in their order, counties indented under their prefecture. */
    public String regions(List<Region> choices, String selected) {
        return options(choices, Region::getCode, selected, regions,
                r -> r.getLevel() == RegionLevel.COUNTY ? "\u3000" + r.getName() : r.getName());
    }

    /** The occupations, in their order, by name. */
    public String occupations(List<Occupation> choices, String selected) {
        return options(choices, Occupation::getCode, selected, occupations, Occupation::getName);
    }

    private static <T> String options(List<T> choices, Function<T, String> value, String selected, Map<String, String> written,
                                      Function<T, String> label) {
        StringBuilder html = new StringBuilder(choices.size() * 64);
        for (T choice : choices) {
            String code = value.apply(choice);
            String option = written.computeIfAbsent(code, c -> "<option value=\"" + HtmlUtils.htmlEscape(c, "UTF-8") + "\">"
                    + HtmlUtils.htmlEscape(label.apply(choice), "UTF-8") + "</option>\n");
            html.append(code.equals(selected) ? option.replace("\">", "\" selected>") : option);
        }
        return html.toString();
    }
}
