package cn.jilin.laborbrand.promotion.figure;

import java.util.Collection;

/** Filters of the figure list: text in the name or headline, regions (a city and its counties), brand, role, published. Any may be empty. */
public record FigureFilter(String text, Collection<String> regionCodes, Long brandId, FigureRole role, Boolean published) {

    public static FigureFilter none() {
        return new FigureFilter(null, null, null, null, null);
    }
}
