package cn.jilin.laborbrand.registry.survey;

/**
 * The steps that move a survey return from one state to another. Which step leads from which state to which, and
 * who may take it, is declared once, in {@link SurveyReturnWorkflow#TABLE}.
 */
public enum ReturnAction {
    SUBMIT, RETURN, ACCEPT
}
