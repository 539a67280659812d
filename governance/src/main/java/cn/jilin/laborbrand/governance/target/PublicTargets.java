package cn.jilin.laborbrand.governance.target;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一、工作目标 for the public showcase: the plan's counted targets (50+ brands, 5+ national, 20+ provincial, 30+
 * municipal, 15+ provincial bases) against their live totals. Only totals: no breakdown, no task, no record.
 */
@Service
public class PublicTargets {

    /** A headline target: its code (for its name in the bundles), the number aimed at, the live total (null: not measured). */
    public record Headline(String code, int aim, Long value, String unit, int deadlineYear) {

        /** The share of the aim reached, 0–100 (capped), or null. */
        public Integer percent() {
            return value == null || aim == 0 ? null : (int) Math.min(100, Math.round(value * 100.0 / aim));
        }
    }

    private final PlanTargetRepository targets;
    private final ObjectProvider<PlanMetric> metrics;

    PublicTargets(PlanTargetRepository targets, ObjectProvider<PlanMetric> metrics) {
        this.targets = targets;
        this.metrics = metrics;
    }

    @Transactional(readOnly = true)
    public List<Headline> headlines() {
        Map<String, PlanMetric> byCode = metrics.orderedStream().collect(Collectors.toMap(PlanMetric::code, Function.identity(), (a, b) -> a));
        return targets.findAllByOrderBySortOrder().stream()
                .filter(t -> t.getKind() == TargetKind.COUNT && t.getTargetValue() != null)
                .map(t -> new Headline(t.getCode(), t.getTargetValue(),
                        Optional.ofNullable(byCode.get(t.getMetricCode())).map(PlanMetric::read).map(MetricReading::value).orElse(null),
                        t.getUnit(), t.getDeadlineYear()))
                .toList();
    }
}
