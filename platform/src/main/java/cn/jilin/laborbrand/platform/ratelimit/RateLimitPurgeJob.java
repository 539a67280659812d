package cn.jilin.laborbrand.platform.ratelimit;

import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditOutcome;
import cn.jilin.laborbrand.platform.audit.AuditService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets rate-limit windows that no longer count (older than two windows) and writes, for each one that turned
 * requests away, one audit event with the count: a flood of refused requests becomes one line, not one line each.
 */
@Component
public class RateLimitPurgeJob {

    static final String LOCK = "rate-limit-purge";

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final Clock clock;

    RateLimitPurgeJob(JdbcTemplate jdbc, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${laborbrand.rate-limit.purge-interval:PT10M}", initialDelayString = "PT1M")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void run() {
        purge(clock.instant());
    }

    /** Summarises and deletes the windows that ended more than one window before {@code now}; answers how many. */
    @Transactional
    public int purge(Instant now) {
        record Finished(String key, Timestamp start, int seconds, int hits, int refused) {
        }
        List<Finished> finished = jdbc.query("""
                delete from rate_limit where window_start + make_interval(secs => window_seconds * 2) < ?
                returning bucket_key, window_start, window_seconds, hits, refused""",
                (rs, i) -> new Finished(rs.getString(1), rs.getTimestamp(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                Timestamp.from(now));
        for (Finished f : finished) {
            if (f.refused() > 0) {
                audit.record(AuditActor.SYSTEM, "rate-limit.refused", "rate_limit", null, AuditOutcome.DENIED,
                        "key=" + f.key() + " refused=" + f.refused() + " hits=" + f.hits() + " window=" + f.start().toInstant() + "+" + f.seconds() + "s");
            }
        }
        return finished.size();
    }
}
