package cn.jilin.laborbrand.registry.application;

/**
 * The steps of an application's workflow. Which step leads from which state to which, by whom and for which
 * applications is declared once, in {@link ApplicationWorkflow#TABLE}; a 市（县）级 application is decided by the city
 * (the CITY_ steps), a provincial one by the province, and a national one by the ministry (人社部): the province
 * recommends it after its notice, and records the ministry's decision when it comes (the MINISTRY_ steps).
 */
public enum ApplicationAction {
    SUBMIT, WITHDRAW, RECOMMEND, CITY_APPROVE, CITY_RETURN, RETURN, ASSIGN_EXPERTS, APPROVE, REJECT, CITY_REJECT, START_NOTICE,
    DESIGNATE, CITY_DESIGNATE, RECOMMEND_TO_MINISTRY, MINISTRY_DESIGNATE, MINISTRY_DECLINE
}
