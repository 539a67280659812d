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

/**
 * A decision of a meeting, as recorded: its text, its kind, and the tasks it created or amended. Never changed. The
 * meeting is the leading group's ({@code meetingId}, on the province's tasks) or a city's ({@code cityMeetingId}, on its
 * 推进落实方案's tasks).
 */
@Entity
@Table(name = "meeting_decision")
public class MeetingDecision extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "city_meeting_id")
    private Long cityMeetingId;

    @Enumerated(EnumType.STRING)
    private DecisionKind kind;

    private String content;

    @ElementCollection
    @CollectionTable(name = "meeting_decision_task", joinColumns = @JoinColumn(name = "decision_id"))
    private List<Effect> effects = new ArrayList<>();

    protected MeetingDecision() {
    }

    private MeetingDecision(Long meetingId, Long cityMeetingId, DecisionKind kind, String content) {
        this.meetingId = meetingId;
        this.cityMeetingId = cityMeetingId;
        this.kind = kind;
        this.content = content.strip();
    }

    static MeetingDecision ofWorkMeeting(long meetingId, DecisionKind kind, String content) {
        return new MeetingDecision(meetingId, null, kind, content);
    }

    static MeetingDecision ofCityMeeting(long cityMeetingId, DecisionKind kind, String content) {
        return new MeetingDecision(null, cityMeetingId, kind, content);
    }

    void affected(long taskId, String effect, String detail) {
        effects.add(new Effect(taskId, effect, detail));
    }

    public Long getId() {
        return id;
    }

    /** The leading group's meeting that decided; null for a city meeting's decision. */
    public Long getMeetingId() {
        return meetingId;
    }

    /** The city meeting that decided; null for the leading group's. */
    public Long getCityMeetingId() {
        return cityMeetingId;
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
