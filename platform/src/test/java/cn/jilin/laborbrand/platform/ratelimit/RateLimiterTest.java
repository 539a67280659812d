package cn.jilin.laborbrand.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.testing.HandClock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = PlatformTestApplication.class)
class RateLimiterTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditService audit;

    /** Starting at the beginning of a minute. */
    private final HandClock clock = new HandClock("2026-03-02T08:00:00Z", ZoneOffset.UTC);

    private RateLimiter node() {
        return new RateLimiter(jdbc, transactions, clock);
    }

    private static RateLimit limit(int max) {
        return new RateLimit("test-" + UUID.randomUUID().toString().substring(0, 8), max, Duration.ofMinutes(1));
    }

    @Test
    void theLimitHoldsAcrossNodesAndCountsWhatItRefuses() {
        RateLimit limit = limit(5);
        RateLimiter first = node();
        RateLimiter second = node();
        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? first : second).tryAcquire(limit, "203.0.113.9")).isTrue();
        }
        RateLimiter.Decision refused = second.acquire(limit, "203.0.113.9");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.firstRefusal()).isTrue();
        assertThat(first.acquire(limit, "203.0.113.9").firstRefusal()).isFalse();
        assertThat(first.tryAcquire(limit, "198.51.100.1")).as("another subject has its own count").isTrue();
        assertThat(jdbc.queryForObject("select refused from rate_limit where bucket_key = ?", Integer.class, limit.name() + ":203.0.113.9"))
                .isEqualTo(2);
    }

    @Test
    void aRestartForgetsNothingAndTrafficFromOthersClearsNothing() {
        RateLimit limit = limit(3);
        RateLimiter before = node();
        IntStream.range(0, 3).forEach(i -> before.tryAcquire(limit, "hammer"));
        IntStream.range(0, 2_000).forEach(i -> before.tryAcquire(limit, "client-" + i));
        assertThat(node().tryAcquire(limit, "hammer")).as("a new node, as after a restart").isFalse();
    }

    @Test
    void theWindowSlidesRatherThanResetting() {
        RateLimit limit = limit(4);
        RateLimiter limiter = node();
        clock.travel(Duration.ofSeconds(50));
        IntStream.range(0, 4).forEach(i -> assertThat(limiter.tryAcquire(limit, "x")).isTrue());
        clock.travel(Duration.ofSeconds(15));
        // 5 s into the next window, the previous window still weighs 55/60 of its 4 hits
        assertThat(limiter.tryAcquire(limit, "x")).isFalse();
        clock.travel(Duration.ofSeconds(45));
        // 50 s in: the previous window's 4 weigh 10/60 (0.67), plus the refused hit of this window
        assertThat(limiter.tryAcquire(limit, "x")).isTrue();
        clock.travel(Duration.ofMinutes(2));
        assertThat(limiter.isExhausted(limit, "x")).isFalse();
    }

    @Test
    void aCountStandsWhenTheRequestsOwnWorkRollsBack() {
        RateLimit limit = limit(1);
        RateLimiter limiter = node();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            limiter.tryAcquire(limit, "y");
            throw new IllegalStateException("the request failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(limiter.tryAcquire(limit, "y")).isFalse();
    }

    @Test
    void failuresCountedAfterTheFactExhaustTheLimit() {
        RateLimit limit = limit(2);
        RateLimiter limiter = node();
        limiter.hit(limit, "z");
        assertThat(limiter.isExhausted(limit, "z")).isFalse();
        limiter.hit(limit, "z");
        assertThat(limiter.isExhausted(limit, "z")).isTrue();
        assertThat(limiter.refuse(limit, "z")).isTrue();
        assertThat(limiter.refuse(limit, "z")).isFalse();
    }

    @Test
    void thePurgeWritesOneCountPerRefusedWindowAndForgetsOldWindows() {
        RateLimit limit = limit(1);
        RateLimiter limiter = node();
        IntStream.range(0, 50).forEach(i -> limiter.tryAcquire(limit, "flood"));
        limiter.tryAcquire(limit, "quiet");
        clock.travel(Duration.ofMinutes(3));
        new RateLimitPurgeJob(jdbc, audit, clock).purge(clock.instant());
        assertThat(jdbc.queryForObject("select count(*) from rate_limit where bucket_key like ?", Integer.class, limit.name() + ":%")).isZero();
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'rate-limit.refused' and detail like ?", String.class,
                "key=" + limit.name() + ":%")).containsExactly("key=" + limit.name() + ":flood refused=49 hits=50 window=2026-03-02T08:00:00Z+60s");
    }
}
