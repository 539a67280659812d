package cn.jilin.laborbrand.governance.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.governance.Actors;
import cn.jilin.laborbrand.governance.GovernanceTestApplication;
import cn.jilin.laborbrand.governance.GovernanceTestData;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A department succeeded by another (a reorganisation): its tasks, their reports and a coordination it held carry over
 * to the successor in the same transaction; the predecessor stays, named in history, and is no longer a department to
 * choose; a successor already carrying one of the same measures is refused and nothing moves.
 */
@SpringBootTest(classes = GovernanceTestApplication.class)
class TaskSuccessionTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    CoordinationService coordination;
    @Autowired
    PlanService plan;
    @Autowired
    GovernanceTestData data;
    @Autowired
    JdbcTemplate jdbc;

    long predecessor;
    long successor;
    long task;

    @BeforeEach
    void aDepartmentWithATaskAndAReport() {
        predecessor = data.freshDepartment();
        successor = data.freshDepartment();
        task = data.task(predecessor, "二(三)1");
        jdbc.update("insert into progress_report (task_id, organisation_id, year, quarter, state, narrative, task_status) "
                + "select id, organisation_id, 2025, 4, 'DRAFT', '草稿', 'ON_TRACK' from responsibility_task where id = ?", task);
    }

    private void succeed(long from, long to) {
        SystemActor.run(() -> organisations.succeed(from, to, null, LocalDate.of(2023, 5, 18), " 吉机改〔2023〕1号 ", DataScope.province()),
                "organisation:register");
    }

    @Test
    void tasksReportsAndCoordinationCarryOverAndThePredecessorStaysInHistory() {
        long measure = plan.byCode("二(三)1").orElseThrow().getId();
        Actors.hrss(() -> coordination.decide(measure, predecessor, "领导小组会议（承继测试）"));

        succeed(predecessor, successor);

        assertThat(jdbc.queryForObject("select organisation_id from responsibility_task where id = ?", Long.class, task)).isEqualTo(successor);
        assertThat(jdbc.queryForObject("select count(*) from progress_report where organisation_id = ?", Integer.class, predecessor)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from progress_report where task_id = ? and organisation_id = ?", Integer.class, task, successor)).isOne();
        assertThat(Actors.hrss(() -> coordination.coordinators())).containsEntry(measure, successor);
        assertThat(Actors.hrss(() -> coordination.history(measure)).get(0).getBasis()).isEqualTo("机构承继：吉机改〔2023〕1号");
        // no longer a department to choose, still named in history
        assertThat(plan.departments()).extracting(d -> d.id()).contains(successor).doesNotContain(predecessor);
        assertThat(plan.departmentNames()).containsKey(predecessor);
        assertThat(organisations.successors()).containsEntry(predecessor, successor);
        assertThat(jdbc.queryForMap("select succeeded_by, succeeded_on::text as d, succession_document from organisation where id = ?", predecessor))
                .containsEntry("succeeded_by", successor).containsEntry("d", "2023-05-18").containsEntry("succession_document", "吉机改〔2023〕1号");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'task.succeeded' and object_id = ?", Integer.class, "" + task)).isOne();
    }

    @Test
    void aSuccessorCarryingTheSameMeasureIsRefusedAndNothingMoves() {
        data.task(successor, "二(三)1");
        assertThatThrownBy(() -> succeed(predecessor, successor)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKeys()).containsExactly("organisation.succession.taskConflict"));
        assertThat(jdbc.queryForObject("select organisation_id from responsibility_task where id = ?", Long.class, task)).isEqualTo(predecessor);
        assertThat(jdbc.queryForObject("select succeeded_by from organisation where id = ?", Long.class, predecessor)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from progress_report where organisation_id = ?", Integer.class, predecessor)).isOne();
    }

    @Test
    void aChainOfSuccessionsEndsAtTheOrganisationStandingToday() {
        long third = data.freshDepartment();
        succeed(predecessor, successor);
        succeed(successor, third);
        assertThat(organisations.successors()).containsEntry(predecessor, third).containsEntry(successor, third);
        assertThat(jdbc.queryForObject("select organisation_id from responsibility_task where id = ?", Long.class, task)).isEqualTo(third);
        // the plan's tree lists the bracket's units as they stand today
        List<Long> carriers = Actors.hrss(() -> jdbc.queryForList("select organisation_id from responsibility_task where measure_id = "
                + "(select id from plan_measure where code = '二(三)1')", Long.class));
        assertThat(carriers).contains(third).doesNotContain(predecessor, successor);
    }
}
