package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.governance.plan.PlanMeasure;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 统筹单位. The plan's brackets say 按职责分工负责: every unit a measure names is responsible for its share and none leads
 * by its place in the list. Where a measure wants one unit to coordinate the others, the province's plan manager records
 * it as a decision with its basis (a meeting's minutes, a document); every decision is kept and the latest is in force.
 * A coordinating unit must be one of the measure's responsible units (it carries a task of the measure).
 */
@Service
public class CoordinationService {

    static final int MAX_BASIS = 200;

    private final MeasureCoordinationRepository coordinations;
    private final ResponsibilityTaskRepository tasks;
    private final PlanService plan;
    private final AuditService audit;

    CoordinationService(MeasureCoordinationRepository coordinations, ResponsibilityTaskRepository tasks, PlanService plan, AuditService audit) {
        this.coordinations = coordinations;
        this.tasks = tasks;
        this.plan = plan;
        this.audit = audit;
    }

    /** The coordinating unit in force of each measure that has one: measure id → organisation id. */
    @PreAuthorize("hasAuthority('plan:view') or hasAuthority('task:view')")
    @Unscoped("the plan's page names each measure's coordinating unit to everyone who follows the plan")
    @Transactional(readOnly = true)
    public Map<Long, Long> coordinators() {
        return unitsInForce();
    }

    /** The decision in force of each measure that has had one (a withdrawal included), by measure id. */
    @PreAuthorize("hasAuthority('plan:view') or hasAuthority('task:view')")
    @Unscoped("the plan's page names each measure's coordinating unit and its basis to everyone who follows the plan")
    @Transactional(readOnly = true)
    public Map<Long, MeasureCoordination> inForce() {
        return decisionsInForce();
    }

    /** Whether the task's department is its measure's coordinating unit, given {@link #coordinators()}. */
    public static boolean coordinates(Map<Long, Long> coordinators, ResponsibilityTask task) {
        return Long.valueOf(task.getOrganisationId()).equals(coordinators.get(task.getMeasureId()));
    }

    /** The decision in force per measure, for this package's readers inside their own transaction and checks. */
    Map<Long, MeasureCoordination> decisionsInForce() {
        return coordinations.findInForce().stream().collect(Collectors.toMap(MeasureCoordination::getMeasureId, c -> c));
    }

    /** The coordinating unit in force per measure that has one. */
    Map<Long, Long> unitsInForce() {
        return decisionsInForce().values().stream().filter(c -> c.getOrganisationId() != null)
                .collect(Collectors.toMap(MeasureCoordination::getMeasureId, MeasureCoordination::getOrganisationId));
    }

    /** Every decision on a measure's coordinating unit, newest first. */
    @PreAuthorize("hasAuthority('plan:view')")
    @Unscoped("the plan's page: who coordinated a measure when and on what basis, for everyone who follows the plan")
    @Transactional(readOnly = true)
    public List<MeasureCoordination> history(long measureId) {
        return coordinations.findByMeasureIdOrderByIdDesc(measureId);
    }

    /**
     * Records that {@code organisationId} coordinates the measure from now on, or with null that no unit does; refused
     * without a basis, for a unit without a task on the measure, and when it would change nothing. Answers the decision's id.
     */
    @PreAuthorize("hasAuthority('task:manage')")
    @Transactional
    public long decide(long measureId, Long organisationId, String basis) {
        PlanMeasure measure = measure(measureId);
        if (basis == null || basis.isBlank()) {
            throw new RuleViolation("basis", "NotBlank");
        }
        String stripped = basis.strip();
        if (stripped.length() > MAX_BASIS) {
            throw new RuleViolation("basis", "coordination.basis.tooLong");
        }
        if (organisationId != null && !tasks.existsByMeasureIdAndOrganisationId(measureId, organisationId)) {
            throw new RuleViolation("organisationId", "coordination.notResponsible");
        }
        List<MeasureCoordination> earlier = coordinations.findByMeasureIdOrderByIdDesc(measureId);
        Long current = earlier.isEmpty() ? null : earlier.get(0).getOrganisationId();
        if (Objects.equals(current, organisationId)) {
            throw new RuleViolation("organisationId", "coordination.unchanged");
        }
        AuditActor actor = AuditActor.current();
        MeasureCoordination decision = coordinations.saveAndFlush(
                new MeasureCoordination(measureId, organisationId, stripped, actor.accountId(), actor.username()));
        audit.record("plan.coordination", MeasureCoordination.SUBJECT_TYPE, decision.getId(), measure.getCode() + " "
                + (organisationId == null ? "withdrawn" : "organisation=" + organisationId));
        return decision.getId();
    }

    /** A measure of the plan (not a chapter or section), or 404. */
    @PreAuthorize("hasAuthority('plan:view')")
    @Unscoped("the plan's published text")
    @Transactional(readOnly = true)
    public PlanMeasure measure(long measureId) {
        PlanMeasure measure = plan.byId().get(measureId);
        if (measure == null || !measure.isMeasure()) {
            throw new NotFoundException("plan_measure", measureId);
        }
        return measure;
    }
}
