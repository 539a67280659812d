package cn.jilin.laborbrand.training.base;

/**
 * One prefecture-level unit against the plan's 1–2 cultivation bases per city (二(一)2): designated bases by level and
 * those still on their way (registered or recommended).
 */
public record CityCoverage(String regionCode, String regionName, long municipal, long provincial, long pending) {

    public static final int TARGET_MIN = 1;
    public static final int TARGET_MAX = 2;

    public long designated() {
        return municipal + provincial;
    }

    /** No designated base at all: the gap the province view highlights. */
    public boolean isGap() {
        return designated() == 0;
    }

    public boolean meetsTarget() {
        return designated() >= TARGET_MIN;
    }
}
