package cn.jilin.laborbrand.governance.target;

import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.account.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the targets' values at each year's end: just after midnight every day of January it snapshots the year just
 * ended where no snapshot exists yet (so a node that was down on 1 January catches up), under a lock that one node
 * holds at a time.
 */
@Component
public class TargetSnapshotJob {

    private static final Logger log = LoggerFactory.getLogger(TargetSnapshotJob.class);

    private final TargetService targets;
    private final Clock clock;

    TargetSnapshotJob(TargetService targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    @Scheduled(cron = "${laborbrand.governance.snapshot-cron:0 10 0 * 1 *}", zone = PlatformTime.ZONE_NAME)
    @SchedulerLock(name = "governance.target-snapshot", lockAtMostFor = "PT20M", lockAtLeastFor = "PT5M")
    public void run() {
        int year = LocalDate.now(clock).getYear() - 1;
        int written = SystemActor.call(() -> targets.snapshot(year), "task:manage", "plan:view");
        if (written > 0) {
            log.info("Year-end snapshot of {}: {} targets", year, written);
        }
    }
}
