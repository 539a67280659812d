package cn.jilin.laborbrand.promotion.coverage;

import java.time.LocalDate;
import java.util.Set;

/** What an officer enters about a report: outlet, kind, date, title, link (http/https only), brands covered, region, summary. */
public record CoverageDetails(String outlet, CoverageKind kind, LocalDate publishedOn, String title, String link, Set<Long> brandIds,
                              String regionCode, String summary) {
}
