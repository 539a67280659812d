package cn.jilin.laborbrand.web.catalog;

import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.catalog.CatalogOwner;
import cn.jilin.laborbrand.web.support.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The catalogue a page shows, as its {@code catalogue} parameter says: {@code province} (the province's guidance
 * catalogue, the default), a prefecture-level unit's code (that city's resource library) or {@code all}; anything else
 * is the default. And the catalogues' names, in one place.
 */
@Component
public class Catalogues {

    public static final String PROVINCE = "province";
    public static final String ALL = "all";

    /** One choice of the catalogue filter. */
    public record Choice(String value, String label) {
    }

    private final RegionService regions;
    private final Messages messages;

    Catalogues(RegionService regions, Messages messages) {
        this.regions = regions;
        this.messages = messages;
    }

    /** The parameter made one of the known values; the province's catalogue when absent or unknown. */
    public String choice(String parameter, DataScope scope) {
        if (ALL.equals(parameter)) {
            return ALL;
        }
        return regions.prefecturesWithin(scope).stream().map(Region::getCode).filter(c -> c.equals(parameter)).findFirst().orElse(PROVINCE);
    }

    /** The catalogue of a value of {@link #choice}; null for every catalogue. */
    public CatalogOwner owner(String choice) {
        return switch (choice) {
            case ALL -> null;
            case PROVINCE -> CatalogOwner.province();
            default -> CatalogOwner.city(choice);
        };
    }

    /** The filter's choices for the scope: the province's catalogue, the cities' within the scope, all of them. */
    public List<Choice> options(DataScope scope, Locale locale) {
        List<Choice> all = new ArrayList<>();
        all.add(new Choice(PROVINCE, name(CatalogOwner.province(), locale)));
        regions.prefecturesWithin(scope).forEach(r -> all.add(new Choice(r.getCode(), name(CatalogOwner.city(r.getCode()), locale))));
        all.add(new Choice(ALL, messages.text(locale, "catalog.catalogue.all")));
        return all;
    }

    /** 全省重点劳务品牌指导目录, or 长春市重点劳务品牌资源库. */
    public String name(CatalogOwner owner, Locale locale) {
        return owner.isProvince() ? messages.text(locale, "catalog.catalogue.province")
                : messages.text(locale, "catalog.catalogue.city", regions.name(owner.regionCode()));
    }

    /** The same, in the language of the request (for templates). */
    public String name(CatalogOwner owner) {
        return owner.isProvince() ? messages.text("catalog.catalogue.province") : messages.text("catalog.catalogue.city", regions.name(owner.regionCode()));
    }
}
