package cn.jilin.laborbrand.governance.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.governance.Actors;
import cn.jilin.laborbrand.governance.GovernanceTestApplication;
import cn.jilin.laborbrand.governance.GovernanceTestData;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The overdue mark follows the reports filed: a task is marked for the earliest quarter whose report is late; filing
 * that quarter moves the mark to the next late one; an accepted report saying the task is done ends the quarters it
 * owes, and with them the mark.
 */
@SpringBootTest(classes = GovernanceTestApplication.class)
class OverdueMarkTest {

    @Autowired
    TaskService tasks;
    @Autowired
    ReportService reports;
    @Autowired
    PlanService plan;
    @Autowired
    GovernanceTestData data;

    long department;
    long task;
    DataScope own;
    List<Quarter> late;

    @BeforeEach
    void aTaskSinceThePlansStartWithNothingFiled() {
        department = data.freshDepartment();
        task = data.taskSincePlanStart(department, "二(三)1");
        own = DataScope.organisation(department);
        LocalDate today = data.today();
        int grace = plan.document().getReportGraceDays();
        late = Quarter.range(Quarter.of(plan.document().getReportingFrom()), Quarter.of(today)).stream()
                .filter(q -> today.isAfter(q.dueDate(grace))).toList();
        // the plan has been reporting for more than two quarters
        assertThat(late).hasSizeGreaterThanOrEqualTo(2);
    }

    private ResponsibilityTask task() {
        return Actors.hrss(() -> tasks.get(task, DataScope.province()));
    }

    private long file(Quarter quarter, TaskStatus status) {
        long id = Actors.of(department, () -> reports.open(task, quarter, new ReportContent("季度进展。", status, List.of()), own));
        Actors.run(department, () -> reports.act(id, reports.get(id, own).getVersion(), ReportAction.SUBMIT, null, own));
        return id;
    }

    @Test
    void theMarkIsTheEarliestLateQuarterAndFilingItMovesTheMarkOn() {
        Actors.hrss(() -> tasks.markOverdue());
        assertThat(task().isOverdue()).isTrue();
        assertThat(task().getOverdueQuarter()).isEqualTo(late.get(0));

        // a draft is not filed; submitting it is
        long draft = Actors.of(department, () -> reports.open(task, late.get(0), new ReportContent("草稿", TaskStatus.ON_TRACK, List.of()), own));
        assertThat(task().getOverdueQuarter()).isEqualTo(late.get(0));
        Actors.run(department, () -> reports.act(draft, reports.get(draft, own).getVersion(), ReportAction.SUBMIT, null, own));
        assertThat(task().getOverdueQuarter()).isEqualTo(late.get(1));
    }

    @Test
    void anAcceptedReportThatTheTaskIsDoneEndsTheQuartersItOwes() {
        long done = file(late.get(0), TaskStatus.DONE);
        assertThat(task().getOverdueQuarter()).isEqualTo(late.get(1));
        Actors.hrss(() -> reports.act(done, reports.get(done, DataScope.province()).getVersion(), ReportAction.ACCEPT, null, DataScope.province()));
        assertThat(task().getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(task().isOverdue()).isFalse();
        Actors.hrss(() -> tasks.markOverdue());
        assertThat(task().isOverdue()).isFalse();
    }
}
