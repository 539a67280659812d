package cn.jilin.laborbrand.platform.metric;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Province-wide figures counted at most once per {@code freshness} on this node instead of on every view (the plan's
 * live figures, the departments' statistics: counts over hundreds of thousands of trainees that take a second or
 * more). When they are older, the next request counts again while the others are served the previous figures (never
 * two countings at once); the first view waits for the first count. A freshness of zero counts on every call.
 */
public final class PeriodicCount<T> {

    private final Supplier<T> count;
    private final Clock clock;
    private final Duration freshness;
    private final AtomicBoolean counting = new AtomicBoolean();
    private final Object first = new Object();
    private volatile Counted<T> current;

    public PeriodicCount(Supplier<T> count, Clock clock, Duration freshness) {
        this.count = count;
        this.clock = clock;
        this.freshness = freshness;
    }

    /** The figures, at most {@code freshness} old (or being counted again by another request). */
    public Counted<T> current() {
        Counted<T> seen = current;
        if (seen == null) {
            synchronized (first) {
                if (current == null) {
                    current = countNow();
                }
                return current;
            }
        }
        if (seen.countedAt().plus(freshness).isAfter(clock.instant()) || !counting.compareAndSet(false, true)) {
            return seen;
        }
        try {
            current = countNow();
            return current;
        } finally {
            counting.set(false);
        }
    }

    /** Figures counted now, whatever the age of the kept ones (which they replace). */
    public Counted<T> now() {
        current = countNow();
        return current;
    }

    /** How long figures are served before they are counted again. */
    public Duration freshness() {
        return freshness;
    }

    private Counted<T> countNow() {
        return new Counted<>(count.get(), clock.instant(), freshness);
    }
}
