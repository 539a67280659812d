package cn.jilin.laborbrand.governance.target;

import cn.jilin.laborbrand.platform.metric.Counted;
import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PeriodicCount;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The plan's live figures, read from every module's {@link PlanMetric} at most once per {@code freshness} on this node
 * ({@code laborbrand.targets.freshness}, a minute by default; {@link PeriodicCount}), instead of recounting a
 * province's trainees and certificates on every view of the dashboard or the public home; the time they were read is
 * shown.
 */
@Component
public class LiveFigures {

    private final PeriodicCount<Map<String, MetricReading>> figures;

    LiveFigures(ObjectProvider<PlanMetric> metrics, Clock clock, @Value("${laborbrand.targets.freshness:PT1M}") Duration freshness) {
        this.figures = new PeriodicCount<>(() -> read(metrics), clock, freshness);
    }

    /** Every metric's reading by code, at most {@code freshness} old (or being read again by another request). */
    public Counted<Map<String, MetricReading>> current() {
        return figures.current();
    }

    /** Figures read now, for what must not be a minute old (the year-end snapshot). */
    public Counted<Map<String, MetricReading>> now() {
        return figures.now();
    }

    private static Map<String, MetricReading> read(ObjectProvider<PlanMetric> metrics) {
        Map<String, MetricReading> byCode = new LinkedHashMap<>();
        metrics.orderedStream().forEach(m -> byCode.putIfAbsent(m.code(), m.read()));
        return Map.copyOf(byCode);
    }
}
