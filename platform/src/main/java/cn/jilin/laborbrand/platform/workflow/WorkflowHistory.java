package cn.jilin.laborbrand.platform.workflow;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one history of every workflow. A step is written in the transaction of the transition it records, by the
 * signed-in user, and is audited too; steps are read through the owning service, after its scope check.
 *
 * <p>Each workflow keeps its states in an enum and its allowed transitions beside it; this class only remembers them.
 */
@Service
public class WorkflowHistory {

    private final WorkflowStepRepository steps;
    private final AuditService audit;

    WorkflowHistory(WorkflowStepRepository steps, AuditService audit) {
        this.steps = steps;
        this.audit = audit;
    }

    /** Records that the current user moved a record from one state to another (from is null for its creation). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, long subjectId, String action, Enum<?> from, Enum<?> to, String comment) {
        AuditActor actor = AuditActor.current();
        String fromState = from == null ? null : from.name();
        steps.save(new WorkflowStep(subjectType, subjectId, action, fromState, to.name(), actor.accountId(), actor.username(),
                Text.orNull(comment)));
        audit.record(subjectType + "." + action, subjectType, subjectId, fromState + "→" + to.name()
                + (comment == null || comment.isBlank() ? "" : " " + comment.strip()));
    }

    /**
     * Records a change to a register's record that has no workflow of its own (registered, edited, a year's figures
     * added): the step's state is {@code RECORDED}, its action says what was done, its comment what changed, in words a
     * reader understands and without personal data. Audited like every step.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(String subjectType, long subjectId, String action, String comment) {
        record(subjectType, subjectId, action, null, RegisterState.RECORDED, comment);
    }

    /** The one state of a register's record in its history (see {@link #recordChange}). */
    enum RegisterState {
        RECORDED
    }

    /** The steps of one record, oldest first. */
    @Transactional(readOnly = true)
    public List<WorkflowStep> steps(String subjectType, long subjectId) {
        return steps.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId);
    }
}
