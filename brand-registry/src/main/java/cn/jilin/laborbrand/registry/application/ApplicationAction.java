package cn.jilin.laborbrand.registry.application;

/**
 * The steps of an application's workflow. Which step leads from which state to which, by whom and for which
 * applications is declared once, in {@link ApplicationWorkflow#TABLE}; a 市（县）级 application is decided by the city
 * (the CITY_ steps), a provincial or national one by the province.
 */
public enum ApplicationAction {
    SUBMIT, WITHDRAW, RECOMMEND, CITY_APPROVE, CITY_RETURN, RETURN, ASSIGN_EXPERTS, APPROVE, REJECT, CITY_REJECT, START_NOTICE,
    DESIGNATE, CITY_DESIGNATE
}
