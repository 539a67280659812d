package cn.jilin.laborbrand.training.base;

/**
 * The steps of a cultivation base's designation (二(一)2): the city designates a 市级 base or recommends one to HRSS,
 * which designates it 省级 or declines; each year whoever designated it evaluates it: pass, rectify or revoke. Which
 * states each step leaves and reaches, who takes it and whether it needs a reason is {@link BaseWorkflow}'s table.
 */
public enum BaseAction {
    DESIGNATE_MUNICIPAL, RECOMMEND, DESIGNATE_PROVINCIAL, DECLINE, PASS, RECTIFY, REVOKE
}
