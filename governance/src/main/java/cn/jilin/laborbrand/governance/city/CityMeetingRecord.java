package cn.jilin.laborbrand.governance.city;

import java.time.LocalDate;

/** What is recorded of a prefecture's own work meeting: date, title, chair, minutes and decisions. */
public record CityMeetingRecord(LocalDate heldOn, String title, String chair, String minutes) {
}
