package cn.jilin.laborbrand.registry.credit;

import java.time.LocalDate;

/** A violation as entered; who recorded it is the signed-in user. */
public record ViolationDetails(LocalDate occurredOn, String description, ViolationSeverity severity) {
}
