package cn.jilin.laborbrand.governance.meeting;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A decision of a work meeting, as recorded: its text, its kind, and the tasks it created or amended. Never changed. */
@Entity
@Table(name = "meeting_decision")
public class MeetingDecision extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    @Enumerated(EnumType.STRING)
    private DecisionKind kind;

    private String content;

    @ElementCollection
    @CollectionTable(name = "meeting_decision_task", joinColumns = @JoinColumn(name = "decision_id"))
    private List<Effect> effects = new ArrayList<>();

    protected MeetingDecision() {
    }

    MeetingDecision(long meetingId, DecisionKind kind, String content) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.content = content.strip();
    }

    void affected(long taskId, String effect, String detail) {
        effects.add(new Effect(taskId, effect, detail));
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public String getContent() {
        return content;
    }

    public List<Effect> getEffects() {
        return Collections.unmodifiableList(effects);
    }

    /** A task the decision created or amended. */
    @Embeddable
    public static class Effect {
        @Column(name = "task_id")
        private long taskId;

        private String effect;

        private String detail;

        protected Effect() {
        }

        Effect(long taskId, String effect, String detail) {
            this.taskId = taskId;
            this.effect = effect;
            this.detail = detail;
        }

        public long getTaskId() {
            return taskId;
        }

        /** CREATED or AMENDED. */
        public String getEffect() {
            return effect;
        }

        public String getDetail() {
            return detail;
        }
    }
}
