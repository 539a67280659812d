package cn.jilin.laborbrand.governance.target;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The plan's live figures, read from every module's {@link PlanMetric} at most once per {@code freshness} on this node
 * ({@code laborbrand.targets.freshness}, a minute by default), instead of recounting a province's trainees and
 * certificates on every view of the dashboard or the public home. When they are older, the next request reads them
 * again while the others are served the previous ones (never two readings at once); the time they were read is shown.
 */
@Component
public class LiveFigures {

    /** The figures by metric code, and when they were read. */
    public record Figures(Map<String, MetricReading> byCode, Instant readAt) {
    }

    private final ObjectProvider<PlanMetric> metrics;
    private final Clock clock;
    private final Duration freshness;
    private final AtomicBoolean reading = new AtomicBoolean();
    private final Object first = new Object();
    private volatile Figures current;

    LiveFigures(ObjectProvider<PlanMetric> metrics, Clock clock, @Value("${laborbrand.targets.freshness:PT1M}") Duration freshness) {
        this.metrics = metrics;
        this.clock = clock;
        this.freshness = freshness;
    }

    /** The figures, at most {@code freshness} old (or being read again by another request). */
    public Figures current() {
        Figures seen = current;
        if (seen == null) {
            synchronized (first) {
                if (current == null) {
                    current = read();
                }
                return current;
            }
        }
        if (seen.readAt().plus(freshness).isAfter(clock.instant()) || !reading.compareAndSet(false, true)) {
            return seen;
        }
        try {
            current = read();
            return current;
        } finally {
            reading.set(false);
        }
    }

    /** Figures read now, for what must not be a minute old (the year-end snapshot). */
    public Figures now() {
        current = read();
        return current;
    }

    /** How long figures are served before they are read again. */
    public Duration freshness() {
        return freshness;
    }

    private Figures read() {
        Map<String, MetricReading> byCode = new LinkedHashMap<>();
        metrics.orderedStream().forEach(m -> byCode.putIfAbsent(m.code(), m.read()));
        return new Figures(Map.copyOf(byCode), clock.instant());
    }
}
