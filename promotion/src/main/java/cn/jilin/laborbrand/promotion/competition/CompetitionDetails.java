package cn.jilin.laborbrand.promotion.competition;

/** A competition as entered: name, year, organiser, occupation, level and (for a city's) the city. */
public record CompetitionDetails(String name, int year, String organiser, String occupation, CompetitionLevel level, String regionCode) {
}
