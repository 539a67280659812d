package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface ResponsibilityTaskRepository extends ScopedRepository<ResponsibilityTask, Long> {

    // one task per measure and department, whoever asks
    boolean existsByMeasureIdAndOrganisationId(long measureId, long organisationId);

    /** Every task's department, measure and standing, for the plan's page and the targets' qualitative lines. */
    @Unscoped("the plan's page shows every department's task and its status, read-only, to everyone who follows the plan")
    @Query("select new cn.jilin.laborbrand.governance.task.TaskLine(t.id, t.measureId, t.organisationId, t.role, t.status, "
            + "t.overdue, t.deadline) from ResponsibilityTask t order by t.id")
    List<TaskLine> findAllLines();
}

interface ProgressReportRepository extends ScopedRepository<ProgressReport, Long> {

    // one report per task and quarter, whoever asks
    boolean existsByTaskIdAndYearAndQuarter(long taskId, int year, int quarter);

    /** The quarters reported (submitted at least once) and the accepted statuses, for the overdue rule. */
    @Unscoped("the overdue job runs for the whole province; only task ids, quarters and statuses leave")
    @Query("select new cn.jilin.laborbrand.governance.task.FiledQuarter(r.taskId, r.year, r.quarter, r.state, r.taskStatus) "
            + "from ProgressReport r where r.submittedAt is not null")
    List<FiledQuarter> findFiledQuarters();

    @Unscoped("the task has been loaded within the caller's scope first; only quarters and statuses leave")
    @Query("select new cn.jilin.laborbrand.governance.task.FiledQuarter(r.taskId, r.year, r.quarter, r.state, r.taskStatus) "
            + "from ProgressReport r where r.submittedAt is not null and r.taskId = :taskId")
    List<FiledQuarter> findFiledQuartersOfTask(long taskId);
}
