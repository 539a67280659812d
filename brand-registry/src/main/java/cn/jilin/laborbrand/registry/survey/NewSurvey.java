package cn.jilin.laborbrand.registry.survey;

import java.time.LocalDate;

/** What HRSS enters to open a survey round: its title, its year and, if any, the date returns are due. */
public record NewSurvey(String title, int year, LocalDate deadline) {
}
