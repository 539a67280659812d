package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The region filter of a list: an {@code <option>} for each region of the user's scope, counties indented under their
 * prefecture, the chosen one selected. Each region's option is written once and reused (regions are reference data):
 * a province user's filter has some seventy regions, and evaluating three expressions for each on every list view was
 * a good part of rendering a list.
 */
@Component("regionOptions")
public class RegionOptions {

    private final Map<String, String> written = new ConcurrentHashMap<>();

    /** The options of {@code regions}, in their order; the one whose code is {@code selected} (if any) selected. */
    public String tree(List<Region> regions, String selected) {
        StringBuilder html = new StringBuilder(regions.size() * 64);
        for (Region region : regions) {
            String option = written.computeIfAbsent(region.getCode(), code -> option(region));
            html.append(region.getCode().equals(selected) ? option.replace("\">", "\" selected>") : option);
        }
        return html.toString();
    }

    private static String option(Region region) {
        String label = region.getLevel() == RegionLevel.COUNTY ? "\u3000" + region.getName() : region.getName();
        return "<option value=\"" + HtmlUtils.htmlEscape(region.getCode(), "UTF-8") + "\">" + HtmlUtils.htmlEscape(label, "UTF-8")
                + "</option>\n";
    }
}
