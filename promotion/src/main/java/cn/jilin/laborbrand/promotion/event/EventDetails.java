package cn.jilin.laborbrand.promotion.event;

import java.time.LocalDate;
import java.util.Set;

/** What an officer enters about an event before it takes place; the region may be left empty for the caller's own. */
public record EventDetails(EventKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place, String organiser,
                           String regionCode, boolean publicEvent, String description, Set<Long> brandIds) {
}
