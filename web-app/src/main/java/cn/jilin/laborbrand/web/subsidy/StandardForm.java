package cn.jilin.laborbrand.web.subsidy;

import cn.jilin.laborbrand.subsidy.policy.StandardDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new amount standard of a policy: from a date, for a level (or any), an amount or a share, the hours it needs. */
record StandardForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
        @Min(1) @Max(5) Integer skillLevel,
        BigDecimal amount,
        BigDecimal share,
        @Min(1) @Max(2000) Integer minHours,
        @Size(max = 200) String note) {

    static StandardForm empty(LocalDate today) {
        return new StandardForm(today, null, null, null, null, "");
    }

    StandardDetails details() {
        return new StandardDetails(effectiveFrom, skillLevel, amount, share, minHours, note);
    }
}
