package cn.jilin.laborbrand.web.task;

import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.governance.task.PlanOwner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.governance.task.Quarter;

import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.web.Fixtures;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Tasks and reports for the governance tests, made the way the platform makes them. A test that needs tasks of its own
 * takes a {@link #freshDepartment()}: a department carries each measure once, so the plan's departments run out of
 * measures as the suite grows.
 */
public final class GovernanceFixtures {

    public static final String FINANCE = "吉林省财政厅";
    public static final String EDUCATION = "吉林省教育厅";

    private final MockMvc mvc;
    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;
    private final TaskService tasks;

    public GovernanceFixtures(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc, TaskService tasks) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    /** A department of the test's own (a provincial department with no task yet) and its officer's account. */
    public record Department(String name, String officer) {
    }

    /** A new provincial department with a department officer, so that a test's tasks never run out of measures. */
    public Department freshDepartment() {
        String name = "测试省直部门" + Fixtures.uniqueUsername("d").replace('.', '-');
        jdbc.update("insert into organisation (name, kind, region_code) values (?, 'PROVINCIAL_DEPARTMENT', '220000')", name);
        String officer = Fixtures.uniqueUsername("dept");
        fixtures.account(officer, name, false, RoleCode.DEPARTMENT_OFFICER);
        return new Department(name, officer);
    }

    /**
     * A fresh task of the department on a measure it does not carry yet, reporting from the plan's first quarter, due by
     * the end of next year: no reports, not overdue.
     */
    public long freshTask(String department) {
        long organisation = fixtures.organisationId(department);
        Long measure = jdbc.queryForList("select m.id from plan_measure m where m.level = 'MEASURE' and not exists ("
                + "select 1 from responsibility_task t where t.measure_id = m.id and t.organisation_id = ?) order by m.sort_order",
                Long.class, organisation).stream().findFirst().orElseThrow(() -> new IllegalStateException(department + " carries every measure"));
        LocalDate deadline = LocalDate.of(today().getYear() + 1, 12, 31);
        long id = SystemActor.call(() -> tasks.create(PlanOwner.province(), measure, organisation, deadline, null, DataScope.province()), "task:manage");
        jdbc.update("update responsibility_task set reports_from = null where id = ?", id);
        return id;
    }

    /** A fresh task of the department of the test's own (see {@link #freshTask(String)}). */
    public long freshTask(Department department) {
        return freshTask(department.name());
    }

    /** The department's id. */
    public long id(Department department) {
        return fixtures.organisationId(department.name());
    }

    /** The latest quarter that has ended. */
    public Quarter lastQuarter() {
        return Quarter.of(today()).previous();
    }

    public static LocalDate today() {
        return LocalDate.now(PlatformTime.ZONE);
    }

    /** The department opens a report for the quarter on the form; returns the report's id. */
    public long open(String user, long taskId, Quarter quarter) throws Exception {
        MvcResult result = mvc.perform(post("/tasks/" + taskId + "/reports").with(csrf()).with(fixtures.as(user))
                .param("period", quarter.toString()).param("taskStatus", "ON_TRACK").param("narrative", "本季度完成政策宣传和资金拨付。")
                .param("indicators[0].name", "拨付资金").param("indicators[0].value", "120.5").param("indicators[0].unit", "万元")).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.matches("/tasks/reports/\\d+")) {
            throw new IllegalStateException("not opened: " + result.getResponse().getContentAsString());
        }
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Posts a step of the report's workflow with its current version. */
    public MvcResult act(String user, long reportId, String step, String comment) throws Exception {
        var request = post("/tasks/reports/" + reportId + "/" + step).with(csrf()).with(fixtures.as(user))
                .param("version", String.valueOf(version(reportId)));
        if (comment != null) {
            request.param("comment", comment);
        }
        return mvc.perform(request).andReturn();
    }

    public long version(long reportId) {
        return jdbc.queryForObject("select version from progress_report where id = ?", Long.class, reportId);
    }

    public String state(long reportId) {
        return jdbc.queryForObject("select state from progress_report where id = ?", String.class, reportId);
    }
}
