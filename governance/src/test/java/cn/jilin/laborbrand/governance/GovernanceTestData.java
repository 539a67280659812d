package cn.jilin.laborbrand.governance;

import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.governance.task.PlanOwner;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.task.TaskService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records of a test's own: a new provincial department (so that its tasks never collide with the plan's or another
 * test's) and its tasks, made through {@link TaskService} as HRSS makes them.
 */
@Component
public class GovernanceTestData {

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final PlanService plan;
    private final Clock clock;

    GovernanceTestData(JdbcTemplate jdbc, TaskService tasks, PlanService plan, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.plan = plan;
        this.clock = clock;
    }

    /** A provincial department of the test's own, carrying no task yet; answers its id. */
    public long freshDepartment() {
        String name = "测试省直部门-" + UUID.randomUUID().toString().substring(0, 8);
        return jdbc.queryForObject("insert into organisation (name, short_name, kind, region_code) values (?, ?, 'PROVINCIAL_DEPARTMENT', '220000') "
                + "returning id", Long.class, name, name);
    }

    /** A government unit of the test's own in a city or county (an HRSS bureau or a 市县直部门); answers its id. */
    public long freshUnit(String kind, String regionCode) {
        String name = "测试单位-" + regionCode + "-" + UUID.randomUUID().toString().substring(0, 8);
        return jdbc.queryForObject("insert into organisation (name, short_name, kind, region_code) values (?, ?, ?, ?) returning id",
                Long.class, name, name, kind, regionCode);
    }

    public String name(long organisationId) {
        return jdbc.queryForObject("select name from organisation where id = ?", String.class, organisationId);
    }

    /**
     * A task of the department on the measure of this code, due by the end of next year, as HRSS adds one:
     * it reports from the current quarter on.
     */
    public long task(long department, String measureCode) {
        long measure = plan.byCode(measureCode).orElseThrow().getId();
        LocalDate deadline = LocalDate.of(today().getYear() + 1, 12, 31);
        return Actors.hrss(() -> tasks.create(PlanOwner.province(), measure, department, deadline, null, DataScope.province()));
    }

    /** As {@link #task}, but reporting from the plan's first quarter, as the tasks the plan's migration made. */
    public long taskSincePlanStart(long department, String measureCode) {
        long id = task(department, measureCode);
        jdbc.update("update responsibility_task set reports_from = null where id = ?", id);
        return id;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
