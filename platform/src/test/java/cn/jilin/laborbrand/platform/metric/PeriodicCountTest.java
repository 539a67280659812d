package cn.jilin.laborbrand.platform.metric;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.testing.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Figures are counted once per freshness period, the counting time is kept, and concurrent views count once. */
class PeriodicCountTest {

    private final AtomicInteger counts = new AtomicInteger();
    private final HandClock clock = new HandClock("2025-06-30T02:00:00Z", ZoneId.of("Asia/Shanghai"));

    private PeriodicCount<Integer> counting(Duration freshness) {
        return new PeriodicCount<>(counts::incrementAndGet, clock, freshness);
    }

    @Test
    void figuresAreCountedAgainOnlyOnceTheyAreOlderThanTheFreshness() {
        PeriodicCount<Integer> count = counting(Duration.ofMinutes(1));
        assertThat(count.current().figures()).isEqualTo(1);
        Instant first = clock.instant();
        clock.travel(Duration.ofSeconds(59));
        assertThat(count.current()).isEqualTo(new Counted<>(1, first, Duration.ofMinutes(1)));
        clock.travel(Duration.ofSeconds(2));
        assertThat(count.current()).isEqualTo(new Counted<>(2, clock.instant(), Duration.ofMinutes(1)));
        assertThat(counts).hasValue(2);
    }

    @Test
    void nowCountsWhateverTheAgeAndIsKept() {
        PeriodicCount<Integer> count = counting(Duration.ofMinutes(1));
        count.current();
        assertThat(count.now().figures()).isEqualTo(2);
        assertThat(count.current().figures()).isEqualTo(2);
    }

    @Test
    void aFreshnessOfZeroCountsEveryTimeAndIsStatedAsAMinute() {
        PeriodicCount<Integer> count = counting(Duration.ZERO);
        count.current();
        assertThat(count.current().freshnessMinutes()).isOne();
        assertThat(counts).hasValue(2);
        assertThat(new Counted<>(0, clock.instant(), Duration.ofMinutes(5)).map(n -> "n=" + n))
                .isEqualTo(new Counted<>("n=0", clock.instant(), Duration.ofMinutes(5)));
    }

    @Test
    void concurrentFirstViewsCountOnce() throws Exception {
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PeriodicCount<Integer> count = new PeriodicCount<>(() -> {
            holdUntil(counting, release);
            return counts.incrementAndGet();
        }, clock, Duration.ofMinutes(1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?> first = pool.submit(count::current);
            assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(count::current);
            Future<?> third = pool.submit(count::current);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            third.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(counts).hasValue(1);
    }

    @Test
    void aStaleCountIsServedToOthersWhileOneRequestCountsAgain() throws Exception {
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger slow = new AtomicInteger();
        PeriodicCount<Integer> count = new PeriodicCount<>(() -> {
            if (slow.incrementAndGet() == 2) {
                holdUntil(counting, release);
            }
            return slow.get();
        }, clock, Duration.ofMinutes(1));
        assertThat(count.current().figures()).isOne();
        clock.travel(Duration.ofMinutes(2));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Counted<Integer>> recounting = pool.submit(count::current);
            assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(count.current().figures()).as("served the previous count meanwhile").isOne();
            release.countDown();
            assertThat(recounting.get(10, TimeUnit.SECONDS).figures()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count.current().figures()).isEqualTo(2);
    }

    /** Inside a count: says that it is counting, then waits for the test to let it finish. */
    private static void holdUntil(CountDownLatch counting, CountDownLatch release) {
        counting.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
