package cn.jilin.laborbrand.governance.target;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.testing.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * The live figures are every metric's reading by code, read again once older than the freshness (the mechanism itself:
 * PeriodicCountTest), and the time they were read is kept.
 */
class LiveFiguresTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final HandClock clock = new HandClock("2025-06-30T02:00:00Z", ZoneId.of("Asia/Shanghai"));

    private LiveFigures figures(Duration freshness) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("metric", PlanMetric.of("brand.national", () -> new MetricReading(reads.incrementAndGet(), Map.of())));
        return new LiveFigures(beans.getBeanProvider(PlanMetric.class), clock, freshness);
    }

    @Test
    void figuresAreReadAgainOnlyOnceTheyAreOlderThanTheFreshness() {
        LiveFigures live = figures(Duration.ofMinutes(1));
        assertThat(live.current().figures().get("brand.national").value()).isEqualTo(1);
        Instant firstRead = clock.instant();
        clock.travel(Duration.ofSeconds(59));
        assertThat(live.current().figures().get("brand.national").value()).isEqualTo(1);
        assertThat(live.current().countedAt()).isEqualTo(firstRead);
        clock.travel(Duration.ofSeconds(2));
        assertThat(live.current().figures().get("brand.national").value()).isEqualTo(2);
        assertThat(live.current().countedAt()).isEqualTo(clock.instant());
        assertThat(live.now().figures().get("brand.national").value()).isEqualTo(3);
        assertThat(live.current().freshness()).isEqualTo(Duration.ofMinutes(1));
        assertThat(reads).hasValue(3);
    }
}
