package cn.jilin.laborbrand.platform.ratelimit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rate limits kept in PostgreSQL (table {@code rate_limit}): every node sees the same counts, a restart forgets none,
 * and no volume of traffic clears them. Each request is counted in its own transaction, so a count stands even when
 * the request's own work rolls back. The estimate is a sliding window: the current window's hits plus the previous
 * window's, weighted by how much of it still lies within one window of now.
 */
@Service
public class RateLimiter {

    /** What became of one request: let through or not, and whether it was the first refused in its window. */
    public record Decision(boolean allowed, boolean firstRefusal) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    RateLimiter(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Counts a request of {@code subject} and answers whether it stays within the limit. */
    public boolean tryAcquire(RateLimit limit, String subject) {
        return acquire(limit, subject).allowed();
    }

    /** Counts a request of {@code subject}; a refused one is counted as such. */
    public Decision acquire(RateLimit limit, String subject) {
        return ownTransaction.execute(status -> {
            String key = limit.key(subject);
            Window window = Window.of(clock.instant(), limit);
            int current = jdbc.queryForObject("""
                    insert into rate_limit (bucket_key, window_start, window_seconds, hits) values (?, ?, ?, 1)
                    on conflict (bucket_key, window_start) do update set hits = rate_limit.hits + 1
                    returning hits""", Integer.class, key, window.start(), window.seconds());
            if (window.estimate(previousHits(key, window), current) <= limit.max()) {
                return new Decision(true, false);
            }
            int refused = jdbc.queryForObject("""
                    update rate_limit set refused = refused + 1 where bucket_key = ? and window_start = ?
                    returning refused""", Integer.class, key, window.start());
            return new Decision(false, refused == 1);
        });
    }

    /** Counts a request without asking (sign-in failures are counted after the fact). */
    public void hit(RateLimit limit, String subject) {
        ownTransaction.executeWithoutResult(status -> {
            Window window = Window.of(clock.instant(), limit);
            jdbc.update("""
                    insert into rate_limit (bucket_key, window_start, window_seconds, hits) values (?, ?, ?, 1)
                    on conflict (bucket_key, window_start) do update set hits = rate_limit.hits + 1""",
                    limit.key(subject), window.start(), window.seconds());
        });
    }

    /** Whether {@code subject} has used up the limit, without counting this question. */
    public boolean isExhausted(RateLimit limit, String subject) {
        String key = limit.key(subject);
        Window window = Window.of(clock.instant(), limit);
        List<Integer> current = jdbc.queryForList("select hits from rate_limit where bucket_key = ? and window_start = ?",
                Integer.class, key, window.start());
        return window.estimate(previousHits(key, window), current.isEmpty() ? 0 : current.get(0)) >= limit.max();
    }

    /** Counts a refusal of a request that {@link #isExhausted} turned away; answers whether it was the window's first. */
    public boolean refuse(RateLimit limit, String subject) {
        return ownTransaction.execute(status -> {
            Window window = Window.of(clock.instant(), limit);
            int refused = jdbc.queryForObject("""
                    insert into rate_limit (bucket_key, window_start, window_seconds, refused) values (?, ?, ?, 1)
                    on conflict (bucket_key, window_start) do update set refused = rate_limit.refused + 1
                    returning refused""", Integer.class, limit.key(subject), window.start(), window.seconds());
            return refused == 1;
        });
    }

    private int previousHits(String key, Window window) {
        List<Integer> previous = jdbc.queryForList("select hits from rate_limit where bucket_key = ? and window_start = ?",
                Integer.class, key, window.previousStart());
        return previous.isEmpty() ? 0 : previous.get(0);
    }

    /** The fixed window that {@code now} falls in, and how far into it {@code now} is. */
    private record Window(Timestamp start, Timestamp previousStart, int seconds, double elapsedFraction) {

        static Window of(Instant now, RateLimit limit) {
            long length = limit.window().toMillis();
            long start = Math.floorDiv(now.toEpochMilli(), length) * length;
            return new Window(new Timestamp(start), new Timestamp(start - length), (int) limit.window().toSeconds(),
                    (now.toEpochMilli() - start) / (double) length);
        }

        double estimate(int previous, int current) {
            return previous * (1 - elapsedFraction) + current;
        }
    }
}
