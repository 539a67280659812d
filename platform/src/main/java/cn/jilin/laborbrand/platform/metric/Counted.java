package cn.jilin.laborbrand.platform.metric;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Figures, when they were counted and how long they are served before being counted again: what a page shows beside
 * figures that are not recounted on every view ({@link PeriodicCount}).
 */
public record Counted<T>(T figures, Instant countedAt, Duration freshness) {

    /** The same count, seen through {@code view} (a filter, a page of it). */
    public <R> Counted<R> map(Function<? super T, ? extends R> view) {
        return new Counted<>(view.apply(figures), countedAt, freshness);
    }

    /** The freshness in whole minutes, at least one, as a page states it. */
    public long freshnessMinutes() {
        return Math.max(1, freshness.toMinutes());
    }
}
