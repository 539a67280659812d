package cn.jilin.laborbrand.promotion.competition;

/** Who holds the competition: the province, or a city. */
public enum CompetitionLevel {
    PROVINCE, CITY
}
