package cn.jilin.laborbrand.registry.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A policy taken out on a brand as entered: insurer, product, insured amount and premium in 元, period, number, note. */
public record InsuranceDetails(String insurer, String product, BigDecimal insuredAmount, BigDecimal premium, LocalDate startsOn,
                               LocalDate endsOn, String policyNumber, String note) {
}
