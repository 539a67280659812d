package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.registry.brand.PublicBrandFilter;
import cn.jilin.laborbrand.registry.brand.PublicBrandSort;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The query parameters of the public pages and datasets, read leniently: a value that names nothing (an unknown region,
 * level or sort, a page that is not a number) is ignored, never an error; pages and sizes are bounded.
 */
@Component
public class PublicQuery {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far beyond any real list; keeps offsets small whatever is asked. */
    public static final int MAX_PAGE = 10_000;
    static final int MAX_TEXT = 50;

    private final RegionService regions;

    PublicQuery(RegionService regions) {
        this.regions = regions;
    }

    /** The prefecture-level unit with this code, or null. */
    public String prefecture(String code) {
        return regions.prefectures().stream().map(Region::getCode).filter(c -> c.equals(code)).findFirst().orElse(null);
    }

    /** The directory's filter; {@code region} is a prefecture-level unit's code and covers its counties. */
    public PublicBrandFilter brandFilter(String region, String level, String industry, String type, String text) {
        String prefecture = prefecture(region);
        BrandLevel shownLevel = parse(BrandLevel.class, level);
        return new PublicBrandFilter(prefecture == null ? null : regions.coveredCodes(prefecture),
                shownLevel == BrandLevel.NONE ? null : shownLevel, parse(IndustrySection.class, industry), parse(BrandType.class, type),
                text(text));
    }

    public PublicBrandSort sort(String sort) {
        PublicBrandSort parsed = parse(PublicBrandSort.class, sort);
        return parsed == null ? PublicBrandSort.LEVEL : parsed;
    }

    public PageRequest page(String page, String size, int defaultSize) {
        return PageRequest.of(bounded(page, 0, 0, MAX_PAGE), bounded(size, defaultSize, 1, MAX_SIZE));
    }

    /** The search text without control characters (PostgreSQL refuses NUL), trimmed and cut to a name's length; null when blank. */
    public static String text(String text) {
        String stripped = text == null ? "" : text.replaceAll("\\p{Cntrl}", "").strip();
        if (stripped.isEmpty()) {
            return null;
        }
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    /** The constant named {@code value} (any case), or null. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static int bounded(String value, int fallback, int min, int max) {
        if (value == null || value.isBlank() || value.strip().length() > 9 || !value.strip().chars().allMatch(Character::isDigit)) {
            return Math.max(min, Math.min(fallback, max));
        }
        return Math.max(min, Math.min(Integer.parseInt(value.strip()), max));
    }
}
