package cn.jilin.laborbrand.governance.target;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final LiveFigures figures;

    PublicTargets(PlanTargetRepository targets, LiveFigures figures) {
        this.targets = targets;
        this.figures = figures;
    }

    @Transactional(readOnly = true)
    public List<Headline> headlines() {
        Map<String, MetricReading> byCode = figures.current().figures();
        return targets.findAllByOrderBySortOrder().stream()
                .filter(t -> t.getKind() == TargetKind.COUNT && t.getTargetValue() != null)
                .map(t -> new Headline(t.getCode(), t.getTargetValue(),
                        Optional.ofNullable(byCode.get(t.getMetricCode())).map(MetricReading::value).orElse(null),
                        t.getUnit(), t.getDeadlineYear()))
                .toList();
    }
}
