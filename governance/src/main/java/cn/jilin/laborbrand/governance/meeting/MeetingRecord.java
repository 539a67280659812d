package cn.jilin.laborbrand.governance.meeting;

import java.time.LocalDate;
import java.util.Set;

/** What is recorded of a meeting: date, title, place, chair, minutes, the departments that attended. */
public record MeetingRecord(LocalDate heldOn, String title, String location, String chair, String minutes, Set<Long> attendees) {
}
