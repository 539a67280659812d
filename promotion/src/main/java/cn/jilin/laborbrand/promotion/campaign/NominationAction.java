package cn.jilin.laborbrand.promotion.campaign;

/** The steps of a nomination; the table is {@link NominationWorkflow}. */
public enum NominationAction {
    SUBMIT, WITHDRAW, CHECK, RETURN, REJECT, ASSIGN, FINISH_SCORING, NOTICE, NOT_SELECT, WIN, REMOVE
}
