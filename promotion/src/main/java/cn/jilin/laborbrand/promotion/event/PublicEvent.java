package cn.jilin.laborbrand.promotion.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A public event as anyone may see it, with the brands taking part (id and name) and its outcomes once recorded. */
public record PublicEvent(long id, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place, String organiser,
                          String regionCode, String description, List<Brand> brands, Integer visitors, Integer agreements,
                          BigDecimal agreementAmount, Integer jobsOffered, java.time.Instant updatedAt) {

    public record Brand(long id, String name) {
    }
}
