package cn.jilin.laborbrand.web.promotion.event;

import cn.jilin.laborbrand.promotion.event.EventOutcome;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The outcomes of an event (活动成效), bound as a record. */
record OutcomeForm(@PositiveOrZero @Max(10_000_000) Integer visitors, @PositiveOrZero @Max(100_000) Integer agreements,
                   @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal agreementAmount,
                   @PositiveOrZero @Max(10_000_000) Integer jobsOffered, @Size(max = 500) String note, long version) {

    EventOutcome outcome() {
        return new EventOutcome(visitors, agreements, agreementAmount, jobsOffered, note);
    }
}
