package cn.jilin.laborbrand.registry.survey;

/** Whether a survey round still takes returns (OPEN) or is over (CLOSED: no return of it changes any more). */
public enum SurveyStatus {
    OPEN, CLOSED
}
