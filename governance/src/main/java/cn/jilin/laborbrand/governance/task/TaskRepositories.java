package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ResponsibilityTaskRepository extends ScopedRepository<ResponsibilityTask, Long> {

    // one task per measure and department, whoever asks
    boolean existsByMeasureIdAndOrganisationId(long measureId, long organisationId);

    @Unscoped("a succession carries every task of the predecessor over to its successor, whoever records it")
    List<ResponsibilityTask> findByOrganisationId(long organisationId);

    /** Every task of the province's plan: department, measure and standing, for the plan's page and the targets' lines. */
    @Unscoped("the plan's page shows every department's task and its status, read-only, to everyone who follows the plan")
    @Query("select new cn.jilin.laborbrand.governance.task.TaskLine(t.id, t.measureId, t.organisationId, t.status, "
            + "t.overdue, t.deadline) from ResponsibilityTask t where t.planRegion is null order by t.id")
    List<TaskLine> findProvinceLines();

    /** The number of tasks, and of those overdue, of each city's plan, for the province's table of the cities. */
    @Unscoped("counts per plan only, for the cities' register; TaskService passes only the prefectures the caller's scope covers")
    @Query("select new cn.jilin.laborbrand.governance.task.PlanTaskCount(t.planRegion, count(t), "
            + "sum(case when t.overdue = true then 1 else 0 end)) from ResponsibilityTask t where t.planRegion in :regions group by t.planRegion")
    List<PlanTaskCount> countByPlan(java.util.Collection<String> regions);
}

interface ProgressReportRepository extends ScopedRepository<ProgressReport, Long> {

    // one report per task and quarter, whoever asks
    boolean existsByTaskIdAndYearAndQuarter(long taskId, int year, int quarter);

    /** The quarters reported (submitted at least once) and the accepted statuses, for the overdue rule. */
    @Unscoped("the overdue job runs for the whole province; only task ids, quarters and statuses leave")
    @Query("select new cn.jilin.laborbrand.governance.task.FiledQuarter(r.taskId, r.year, r.quarter, r.state, r.taskStatus) "
            + "from ProgressReport r where r.submittedAt is not null")
    List<FiledQuarter> findFiledQuarters();

    /**
     * A succession: the predecessor's reports go with its tasks (already carried over) to the successor, scoped like
     * their task again.
     */
    @Unscoped("a succession carries every report of the predecessor over to its successor, whoever records it")
    @Modifying
    @Query("update ProgressReport r set r.organisationId = :successor, "
            + "r.regionCode = (select t.regionCode from ResponsibilityTask t where t.id = r.taskId) where r.organisationId = :predecessor")
    int carryOver(long predecessor, long successor);

    @Unscoped("the task has been loaded within the caller's scope first; only quarters and statuses leave")
    @Query("select new cn.jilin.laborbrand.governance.task.FiledQuarter(r.taskId, r.year, r.quarter, r.state, r.taskStatus) "
            + "from ProgressReport r where r.submittedAt is not null and r.taskId = :taskId")
    List<FiledQuarter> findFiledQuartersOfTask(long taskId);
}

interface MeasureCoordinationRepository extends Repository<MeasureCoordination, Long> {

    MeasureCoordination saveAndFlush(MeasureCoordination decision);

    /** The decision in force for each measure that has one (a withdrawal included): the latest per measure. */
    @Unscoped("the plan's page names each measure's coordinating unit to everyone who follows the plan")
    @Query("select c from MeasureCoordination c where c.id in (select max(l.id) from MeasureCoordination l group by l.measureId)")
    List<MeasureCoordination> findInForce();

    @Unscoped("the plan's page: who coordinated a measure when, on what basis, for everyone who follows the plan")
    List<MeasureCoordination> findByMeasureIdOrderByIdDesc(long measureId);
}
