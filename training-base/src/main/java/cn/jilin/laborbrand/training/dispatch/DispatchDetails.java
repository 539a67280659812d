package cn.jilin.laborbrand.training.dispatch;

import java.time.LocalDate;
import java.util.List;

/**
 * A dispatch as entered: organiser, origin region, destination (a region of Jilin or a place outside), employer, dates,
 * and the people by resident ID (one per line; each must be a trainee the caller sees).
 */
public record DispatchDetails(OrganiserKind organiserKind, String organiserName, String regionCode, String destinationRegionCode,
                              String destinationOutside, String employer, LocalDate startDate, LocalDate endDate, String note,
                              List<String> residentIds) {
}
