package cn.jilin.laborbrand.web.meeting;

import cn.jilin.laborbrand.governance.meeting.MeetingRecord;
import cn.jilin.laborbrand.governance.meeting.WorkMeeting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** A work meeting as posted. */
record MeetingForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        @NotBlank @Size(max = 100) String title,
        @Size(max = 100) String location,
        @NotBlank @Size(max = 50) String chair,
        @NotBlank @Size(max = 20000) String minutes,
        @NotEmpty Set<Long> attendees,
        long version) {

    static MeetingForm empty(LocalDate today) {
        return new MeetingForm(today, "", "", "", "", new HashSet<>(), 0);
    }

    static MeetingForm of(WorkMeeting meeting) {
        MeetingRecord r = meeting.record();
        return new MeetingForm(r.heldOn(), r.title(), r.location(), r.chair(), r.minutes(), new HashSet<>(r.attendees()), meeting.getVersion());
    }

    MeetingRecord record() {
        return new MeetingRecord(heldOn, title, location, chair, minutes, attendees == null ? Set.of() : Set.copyOf(attendees));
    }
}
