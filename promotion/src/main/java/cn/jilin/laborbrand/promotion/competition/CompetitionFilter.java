package cn.jilin.laborbrand.promotion.competition;

/** The list's filters, each optional: year, level, the holding region (a city's code, or the province's), part of the name. */
public record CompetitionFilter(Integer year, CompetitionLevel level, String regionCode, String text) {
}
