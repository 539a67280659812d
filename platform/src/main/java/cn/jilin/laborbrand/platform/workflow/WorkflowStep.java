package cn.jilin.laborbrand.platform.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.Immutable;

/** One step of a workflow: who moved the record from which state to which, when, and why. */
@Entity
@Immutable
@Table(name = "workflow_step")
public class WorkflowStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private long subjectId;

    private String action;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state")
    private String toState;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    private String comment;

    @Generated
    @Column(name = "occurred_at", insertable = false, updatable = false)
    private Instant occurredAt;

    protected WorkflowStep() {
    }

    WorkflowStep(String subjectType, long subjectId, String action, String fromState, String toState, Long actorId,
                 String actorName, String comment) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actorId = actorId;
        this.actorName = actorName;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getComment() {
        return comment;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
