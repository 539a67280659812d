package cn.jilin.laborbrand.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.governance.task.OverdueJob;
import cn.jilin.laborbrand.governance.task.Quarter;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The overdue rule and its job, on tasks of departments of the test's own: a task is overdue when a quarter's report is not filed 15 days after the quarter's
 * end, counted from the plan's first reporting quarter to the task's deadline and no further than the quarter its
 * department reported it done; the job marks exactly those tasks, clears the marks that no longer hold, and runs once
 * when two app nodes fire it together (ShedLock on the shared database).
 */
@PortalTest
class OverdueJobTest {

    private static final ZoneId BEIJING = PlatformTime.ZONE;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    OverdueJob job;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestClock clock;

    GovernanceFixtures governance;

    @BeforeEach
    void setUp() {
        governance = new GovernanceFixtures(mvc, fixtures, jdbc, tasks);
        releaseLock();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        releaseLock();
    }

    private void releaseLock() {
        jdbc.update("update shedlock set lock_until = locked_at where name = 'governance.overdue'");
    }

    /** Files (submits) the task's reports for these quarters, as a department would have. */
    private void filed(long task, List<Quarter> quarters, String state, String taskStatus) {
        long organisation = jdbc.queryForObject("select organisation_id from responsibility_task where id = ?", Long.class, task);
        for (Quarter q : quarters) {
            jdbc.update("insert into progress_report (task_id, organisation_id, year, quarter, state, narrative, task_status, submitted_at) "
                    + "values (?, ?, ?, ?, ?, '已报送', ?, now())", task, organisation, q.year(), q.quarter(), state, taskStatus);
        }
    }

    private Map<Long, String> marks(List<Long> ids) {
        Map<Long, String> marks = new LinkedHashMap<>();
        for (Long id : ids) {
            marks.put(id, jdbc.queryForObject("select case when overdue then overdue_quarter else '-' end from responsibility_task where id = ?",
                    String.class, id));
        }
        return marks;
    }

    @Test
    void theJobMarksExactlyTheLateTasksAndClearsTheMarksThatNoLongerHold() {
        // today is five days after the current quarter's end: its report is due, but not late yet
        LocalDate now = LocalDate.now(BEIJING);
        Quarter current = Quarter.of(now);
        LocalDate day = current.lastDay().plusDays(5);
        clock.travel(Duration.between(Instant.now(), day.atTime(12, 0).atZone(BEIJING).toInstant()));
        List<Quarter> upToCurrent = Quarter.range(new Quarter(2025, 1), current);
        List<Quarter> beforeCurrent = Quarter.range(new Quarter(2025, 1), current.previous());

        long nothingFiled = governance.freshTask(governance.freshDepartment());
        long allFiled = governance.freshTask(governance.freshDepartment());
        filed(allFiled, upToCurrent, "ACCEPTED", "ON_TRACK");
        long inGrace = governance.freshTask(governance.freshDepartment());
        filed(inGrace, beforeCurrent, "SUBMITTED", "ON_TRACK");
        long gapInTheMiddle = governance.freshTask(governance.freshDepartment());
        filed(gapInTheMiddle, upToCurrent.stream().filter(q -> !q.equals(new Quarter(2025, 3))).toList(), "RETURNED", "ON_TRACK");
        long endedEarly = governance.freshTask(governance.freshDepartment());
        jdbc.update("update responsibility_task set deadline = date '2025-06-30' where id = ?", endedEarly);
        filed(endedEarly, List.of(new Quarter(2025, 1), new Quarter(2025, 2)), "ACCEPTED", "ON_TRACK");
        long doneEarly = governance.freshTask(governance.freshDepartment());
        filed(doneEarly, List.of(new Quarter(2025, 1)), "ACCEPTED", "ON_TRACK");
        filed(doneEarly, List.of(new Quarter(2025, 2)), "ACCEPTED", "DONE");
        long draftOnly = governance.freshTask(governance.freshDepartment());
        filed(draftOnly, beforeCurrent.subList(1, beforeCurrent.size()), "ACCEPTED", "ON_TRACK");
        jdbc.update("insert into progress_report (task_id, organisation_id, year, quarter, state, narrative, task_status) "
                + "select id, organisation_id, 2025, 1, 'DRAFT', '草稿', 'ON_TRACK' from responsibility_task where id = ?", draftOnly);
        List<Long> ids = List.of(nothingFiled, allFiled, inGrace, gapInTheMiddle, endedEarly, doneEarly, draftOnly);
        jdbc.update("update responsibility_task set overdue = true, overdue_since = date '2025-05-01', overdue_quarter = '2025-1' where id = ?", allFiled);

        SystemActor.call(tasks::markOverdue, "task:manage");

        assertThat(marks(ids)).containsExactly(
                Map.entry(nothingFiled, "2025-1"), Map.entry(allFiled, "-"), Map.entry(inGrace, "-"), Map.entry(gapInTheMiddle, "2025-3"),
                Map.entry(endedEarly, "-"), Map.entry(doneEarly, "-"), Map.entry(draftOnly, "2025-1"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'task.overdue.cleared' and object_id = ?",
                Long.class, String.valueOf(allFiled))).isEqualTo(1);
        // every task the job marked has that quarter unfiled
        assertThat(jdbc.queryForObject("select count(*) from responsibility_task t where t.overdue and exists (select 1 from progress_report r "
                + "where r.task_id = t.id and r.year || '-' || r.quarter = t.overdue_quarter and r.submitted_at is not null)", Long.class)).isZero();

        // eleven days later the current quarter's report is late too
        clock.travel(Duration.ofDays(11));
        SystemActor.call(tasks::markOverdue, "task:manage");
        assertThat(marks(ids).get(inGrace)).isEqualTo(current.toString());
        assertThat(marks(ids).get(allFiled)).isEqualTo("-");
    }

    @Test
    void twoSchedulersFiringTogetherRunTheJobOnce() throws Exception {
        // the second node: its own lock provider on the same database, running the same job under the same lock name
        DefaultLockingTaskExecutor otherNode = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime()
                        .withLockedByValue("node-b").build()));
        long runsBefore = runs();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = nodes.submit(() -> {
                start.await();
                job.run();
                return null;
            });
            Future<?> b = nodes.submit(() -> {
                start.await();
                otherNode.executeWithLock((Runnable) () -> SystemActor.call(tasks::markOverdue, "task:manage"),
                        new LockConfiguration(Instant.now(), "governance.overdue", Duration.ofMinutes(20), Duration.ofMinutes(5)));
                return null;
            });
            start.countDown();
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(runs()).isEqualTo(runsBefore + 1);
        // and a node firing again within the five minutes after a run skips it as well
        job.run();
        assertThat(runs()).isEqualTo(runsBefore + 1);
    }

    private long runs() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'task.overdue.run'", Long.class);
    }
}
