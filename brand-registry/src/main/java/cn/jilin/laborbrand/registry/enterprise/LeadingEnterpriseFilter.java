package cn.jilin.laborbrand.registry.enterprise;

import java.util.Collection;

/**
 * Filters of the leading-enterprise list: text in the enterprise's or the brand's name, the enterprise's regions (a
 * city and its counties), one brand. Any may be empty.
 */
public record LeadingEnterpriseFilter(String text, Collection<String> regionCodes, Long brandId) {

    public static LeadingEnterpriseFilter none() {
        return new LeadingEnterpriseFilter(null, null, null);
    }
}
