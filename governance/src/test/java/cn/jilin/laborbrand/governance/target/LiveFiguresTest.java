package cn.jilin.laborbrand.governance.target;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.testing.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** The live figures are read once per freshness period, the reading time is kept, and concurrent views read once. */
class LiveFiguresTest {

    /** A clock the test moves by hand. */
    private final AtomicInteger reads = new AtomicInteger();
    private final HandClock clock = new HandClock("2025-06-30T02:00:00Z", ZoneId.of("Asia/Shanghai"));

    private LiveFigures figures(Duration freshness, PlanMetric metric) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("metric", metric);
        return new LiveFigures(beans.getBeanProvider(PlanMetric.class), clock, freshness);
    }

    private PlanMetric counting() {
        return PlanMetric.of("brand.national", () -> new MetricReading(reads.incrementAndGet(), Map.of()));
    }

    @Test
    void figuresAreReadAgainOnlyOnceTheyAreOlderThanTheFreshness() {
        LiveFigures live = figures(Duration.ofMinutes(1), counting());
        assertThat(live.current().byCode().get("brand.national").value()).isEqualTo(1);
        Instant firstRead = clock.instant();
        clock.travel(Duration.ofSeconds(59));
        assertThat(live.current().byCode().get("brand.national").value()).isEqualTo(1);
        assertThat(live.current().readAt()).isEqualTo(firstRead);
        clock.travel(Duration.ofSeconds(2));
        assertThat(live.current().byCode().get("brand.national").value()).isEqualTo(2);
        assertThat(live.current().readAt()).isEqualTo(clock.instant());
        assertThat(reads).hasValue(2);
    }

    @Test
    void nowReadsWhateverTheAge() {
        LiveFigures live = figures(Duration.ofMinutes(1), counting());
        live.current();
        assertThat(live.now().byCode().get("brand.national").value()).isEqualTo(2);
        assertThat(live.current().byCode().get("brand.national").value()).isEqualTo(2);
    }

    @Test
    void aFreshnessOfZeroReadsEveryTime() {
        LiveFigures live = figures(Duration.ZERO, counting());
        live.current();
        live.current();
        assertThat(reads).hasValue(2);
    }

    @Test
    void concurrentFirstViewsReadTheFiguresOnce() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LiveFigures live = figures(Duration.ofMinutes(1), PlanMetric.of("brand.national", () -> {
            reading.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new MetricReading(reads.incrementAndGet(), Map.of());
        }));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?> first = pool.submit(live::current);
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(live::current);
            Future<?> third = pool.submit(live::current);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            third.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads).hasValue(1);
    }
}
