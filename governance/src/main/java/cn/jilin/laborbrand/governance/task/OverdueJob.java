package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.account.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, marks the tasks whose quarter's report is late (and clears the marks that no longer hold), as the
 * system. Under the lock {@value #LOCK}: with two app nodes one runs it, and the other, finding it locked or run within
 * the last five minutes, skips.
 */
@Component
public class OverdueJob {

    static final String LOCK = "governance.overdue";
    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final TaskService tasks;

    OverdueJob(TaskService tasks) {
        this.tasks = tasks;
    }

    @Scheduled(cron = "${laborbrand.governance.overdue-cron:0 30 1 * * *}", zone = PlatformTime.ZONE_NAME)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT20M", lockAtLeastFor = "PT5M")
    public void run() {
        OverdueRun run = SystemActor.call(tasks::markOverdue, "task:manage");
        log.info("Overdue tasks: {}", run);
    }
}
