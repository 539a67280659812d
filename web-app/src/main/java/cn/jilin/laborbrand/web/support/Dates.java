package cn.jilin.laborbrand.web.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;

/**
 * How pages write times, in the platform clock's zone (Beijing): {@code ${#time.minute(report.submittedAt)}},
 * {@code ${#time.day(base.designatedAt)}}. A null shows as "—".
 */
@Component
public class Dates {

    private static final String NONE = "—";

    private final Clock clock;
    private final DateTimeFormatter day;
    private final DateTimeFormatter minute;
    private final DateTimeFormatter second;

    Dates(Clock clock) {
        this.clock = clock;
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
        this.minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.second = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
    }

    /** {@code 2025-06-30}: the day of an instant, a date or a date-time. */
    public String day(TemporalAccessor value) {
        return value == null ? NONE : day.format(value);
    }

    /** {@code 2025-06-30 14:05}. */
    public String minute(TemporalAccessor value) {
        return value == null ? NONE : minute.format(value);
    }

    /** {@code 2025-06-30 14:05:09}, for the audit log. */
    public String second(TemporalAccessor value) {
        return value == null ? NONE : second.format(value);
    }

    /** Today in the platform's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now in the platform's zone. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Whether an instant lies in the past. */
    public boolean past(Instant value) {
        return value != null && value.isBefore(clock.instant());
    }
}
