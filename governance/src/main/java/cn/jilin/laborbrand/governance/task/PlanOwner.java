package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.platform.scope.DataScope;

/**
 * Whose plan a task belongs to: the province's (吉人社联〔2022〕73号, {@code regionCode} null) or a prefecture-level unit's
 * 推进落实方案 (its region code). The rule of who runs a plan is said here once: the province's plan is run by the
 * province; a city's by that city's own officers (a region scope on the unit itself, not a county below it) — they
 * review its reports — and followed by the province, which may also plan its tasks.
 */
public record PlanOwner(String regionCode) {

    private static final PlanOwner PROVINCE = new PlanOwner(null);

    public static PlanOwner province() {
        return PROVINCE;
    }

    public static PlanOwner city(String regionCode) {
        if (regionCode == null) {
            throw new IllegalArgumentException("a city's plan names its region");
        }
        return new PlanOwner(regionCode);
    }

    public static PlanOwner of(String regionCode) {
        return regionCode == null ? PROVINCE : new PlanOwner(regionCode);
    }

    public boolean isProvince() {
        return regionCode == null;
    }

    /** Whether the scope accepts or returns the reports of this plan's tasks: the plan's own office. */
    public boolean reviewedBy(DataScope scope) {
        return isProvince() ? scope.isProvince() : isOwnCity(scope);
    }

    /** Whether the scope adds and plans tasks of this plan: its own office, and the province for every city. */
    public boolean managedBy(DataScope scope) {
        return scope.isProvince() || isOwnCity(scope);
    }

    private boolean isOwnCity(DataScope scope) {
        return !isProvince() && scope.kind() == DataScope.Kind.REGION && regionCode.equals(scope.regionCode());
    }
}
