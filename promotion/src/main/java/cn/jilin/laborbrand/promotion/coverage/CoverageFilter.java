package cn.jilin.laborbrand.promotion.coverage;

import java.util.Collection;

/** Filters of the coverage list and its counts: text in title or outlet, regions, a brand covered, kind, year. Any may be empty. */
public record CoverageFilter(String text, Collection<String> regionCodes, Long brandId, CoverageKind kind, Integer year) {

    public static CoverageFilter none() {
        return new CoverageFilter(null, null, null, null, null);
    }
}
