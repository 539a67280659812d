package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.organisation.OrganisationSucceeded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a department is succeeded (a reorganisation), its responsibility tasks carry over to the successor with their
 * reports, and a measure it coordinated is coordinated by the successor (a new decision, the basis naming the
 * succession's document). A city's task moves to the successor's region. Refused as a whole when the successor already
 * carries a task on one of the same measures (two tasks of one unit on one measure would have to be merged by hand
 * first) or could not carry one of the tasks (a unit outside the city whose plan the task belongs to).
 */
@Component
class TaskSuccession {

    private final ResponsibilityTaskRepository tasks;
    private final TaskService taskService;
    private final OrganisationService organisations;
    private final ProgressReportRepository reports;
    private final MeasureCoordinationRepository coordinations;
    private final AuditService audit;

    TaskSuccession(ResponsibilityTaskRepository tasks, TaskService taskService, OrganisationService organisations,
                   ProgressReportRepository reports, MeasureCoordinationRepository coordinations, AuditService audit) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.organisations = organisations;
        this.reports = reports;
        this.coordinations = coordinations;
        this.audit = audit;
    }

    @EventListener
    void carryOver(OrganisationSucceeded succession) {
        long successor = succession.successorId();
        OrganisationChoice unit = organisations.choice(successor).orElseThrow();
        for (ResponsibilityTask task : tasks.findByOrganisationId(succession.predecessorId())) {
            if (tasks.existsByMeasureIdAndOrganisationId(task.getMeasureId(), successor)) {
                throw new RuleViolation("successorId", "organisation.succession.taskConflict");
            }
            if (!taskService.carries(task.getPlan(), unit)) {
                throw new RuleViolation("successorId", "organisation.succession.taskOutsidePlan");
            }
            task.carryOverTo(unit);
            tasks.saveAndFlush(task);
            audit.record("task.succeeded", ResponsibilityTask.SUBJECT_TYPE, task.getId(),
                    "organisation " + succession.predecessorId() + " → " + successor);
        }
        int moved = reports.carryOver(succession.predecessorId(), successor);
        if (moved > 0) {
            audit.record("report.succeeded", ProgressReport.SUBJECT_TYPE, null,
                    "organisation " + succession.predecessorId() + " → " + successor + " reports=" + moved);
        }
        AuditActor actor = AuditActor.current();
        for (MeasureCoordination inForce : coordinations.findInForce()) {
            if (Long.valueOf(succession.predecessorId()).equals(inForce.getOrganisationId())) {
                MeasureCoordination decision = coordinations.saveAndFlush(new MeasureCoordination(inForce.getMeasureId(), successor,
                        truncate("机构承继：" + succession.document()), actor.accountId(), actor.username()));
                audit.record("plan.coordination", MeasureCoordination.SUBJECT_TYPE, decision.getId(), "succession organisation=" + successor);
            }
        }
    }

    private static String truncate(String basis) {
        return basis.length() > CoordinationService.MAX_BASIS ? basis.substring(0, CoordinationService.MAX_BASIS) : basis;
    }
}
