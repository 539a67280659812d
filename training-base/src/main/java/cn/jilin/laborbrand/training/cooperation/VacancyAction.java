package cn.jilin.laborbrand.training.cooperation;

/** What a keeper does to a vacancy by hand; filling happens by itself when placements reach the places. */
public enum VacancyAction {
    CLOSE
}
