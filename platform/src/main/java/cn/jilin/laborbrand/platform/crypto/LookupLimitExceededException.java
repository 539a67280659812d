package cn.jilin.laborbrand.platform.crypto;

import cn.jilin.laborbrand.platform.ratelimit.RateLimit;

/** An account has made as many reveal-class lookups as its limit allows for now (HTTP 429 on a page). */
public class LookupLimitExceededException extends RuntimeException {

    private final transient RateLimit limit;

    public LookupLimitExceededException(RateLimit limit) {
        super("lookup limit " + limit.name() + " reached: " + limit.max() + " per " + limit.window());
        this.limit = limit;
    }

    public RateLimit limit() {
        return limit;
    }

    /** Whole minutes of the window, for the message ("30 次/60 分钟"). */
    public long windowMinutes() {
        return Math.max(1, limit.window().toMinutes());
    }
}
