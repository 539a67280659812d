package cn.jilin.laborbrand.promotion.coverage;

import java.time.LocalDate;

/** A report as anyone may see it: outlet, kind, date, title and link (http/https only). */
public record PublicCoverageItem(long id, String outlet, CoverageKind kind, LocalDate publishedOn, String title, String link) {
}
