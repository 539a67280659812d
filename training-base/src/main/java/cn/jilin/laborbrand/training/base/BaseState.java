package cn.jilin.laborbrand.training.base;

/**
 * Where a cultivation base stands: 已登记 → 已认定 (municipal or provincial, see {@link BaseLevel}) or 已推荐 to HRSS;
 * after a yearly evaluation 整改中 or 已撤销.
 */
public enum BaseState {
    REGISTERED, DESIGNATED, RECOMMENDED, RECTIFYING, REVOKED
}
