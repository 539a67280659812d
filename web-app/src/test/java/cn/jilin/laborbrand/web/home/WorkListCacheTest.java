package cn.jilin.laborbrand.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.testing.HandClock;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A work list is counted once per freshness period per account, and again at once after the account changes something. */
class WorkListCacheTest {

    private final HandClock clock = new HandClock("2025-06-30T02:00:00Z", ZoneOffset.UTC);
    private final AtomicInteger computed = new AtomicInteger();

    private List<WorkItem> compute() {
        return List.of(WorkItem.of(WorkItem.Kind.DECIDE, "worklist.subsidy.verify", "/subsidies/claims", null, computed.incrementAndGet()));
    }

    @Test
    void keptForItsFreshnessPerAccount() {
        WorkListCache cache = new WorkListCache(clock, Duration.ofSeconds(30));
        List<WorkItem> first = cache.get(7, this::compute);
        clock.travel(Duration.ofSeconds(29));
        assertThat(cache.get(7, this::compute)).isEqualTo(first);
        assertThat(cache.get(8, this::compute)).isNotEqualTo(first);
        clock.travel(Duration.ofSeconds(2));
        assertThat(cache.get(7, this::compute)).isNotEqualTo(first);
        assertThat(computed).hasValue(3);
    }

    @Test
    void theAccountsOwnChangeDropsItAtOnce() {
        WorkListCache cache = new WorkListCache(clock, Duration.ofSeconds(30));
        cache.get(7, this::compute);
        cache.evict(7);
        cache.get(7, this::compute);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aFreshnessOfZeroCountsEveryVisit() {
        WorkListCache cache = new WorkListCache(clock, Duration.ZERO);
        cache.get(7, this::compute);
        cache.get(7, this::compute);
        assertThat(computed).hasValue(2);
    }
}
