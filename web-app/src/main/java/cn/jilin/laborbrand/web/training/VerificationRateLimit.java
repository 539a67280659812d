package cn.jilin.laborbrand.web.training;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the public certificate verification: {@value #CAPACITY} checks at once,
 * refilled at one every {@value #REFILL_SECONDS} seconds. Kept in memory, per node: behind the two-node profile a
 * client gets at most twice the rate, which still stops enumeration of numbers; a table would hold across nodes at the
 * cost of a write per check.
 */
@Component
class VerificationRateLimit {

    static final int CAPACITY = 10;
    static final int REFILL_SECONDS = 6;
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    VerificationRateLimit(Clock clock) {
        this.clock = clock;
    }

    /** Takes a token for this client, or answers false when its bucket is empty. */
    boolean tryAcquire(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        double now = clock.millis() / 1000.0;
        double[] bucket = buckets.computeIfAbsent(client == null ? "?" : client, k -> new double[]{CAPACITY, now});
        synchronized (bucket) {
            bucket[0] = Math.min(CAPACITY, bucket[0] + (now - bucket[1]) / REFILL_SECONDS);
            bucket[1] = now;
            if (bucket[0] < 1) {
                return false;
            }
            bucket[0] -= 1;
            return true;
        }
    }
}
