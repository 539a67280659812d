package cn.jilin.laborbrand.governance.meeting;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * 劳务品牌建设工作会议 (三(一)): a meeting of the leading group — when, who chaired, which departments attended, the
 * minutes. Its decisions are {@link MeetingDecision}s. Meetings belong to the province, not to a department. The
 * {@code demo} flag is set only by the demo runner's marking.
 */
@Entity
@Table(name = "work_meeting")
public class WorkMeeting extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String title;

    private String location;

    private String chair;

    private String minutes;

    private boolean demo;

    @ElementCollection
    @CollectionTable(name = "work_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "organisation_id")
    private Set<Long> attendees = new HashSet<>();

    protected WorkMeeting() {
    }

    WorkMeeting(MeetingRecord record) {
        write(record);
    }

    void write(MeetingRecord record) {
        this.heldOn = record.heldOn();
        this.title = record.title().strip();
        this.location = Text.orNull(record.location());
        this.chair = record.chair().strip();
        this.minutes = record.minutes().strip();
        this.attendees.clear();
        this.attendees.addAll(record.attendees());
    }

    WorkMeeting withAttendees() {
        attendees.size();
        return this;
    }

    public MeetingRecord record() {
        return new MeetingRecord(heldOn, title, location, chair, minutes, Set.copyOf(attendees));
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTitle() {
        return title;
    }

    public String getLocation() {
        return location;
    }

    public String getChair() {
        return chair;
    }

    public String getMinutes() {
        return minutes;
    }

    public boolean isDemo() {
        return demo;
    }

    public Collection<Long> getAttendees() {
        return Set.copyOf(attendees);
    }
}
