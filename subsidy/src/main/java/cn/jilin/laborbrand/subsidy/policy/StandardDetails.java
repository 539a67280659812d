package cn.jilin.laborbrand.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new standard of a policy: from when, for which skill level (null: every level), an amount or a share, least hours. */
public record StandardDetails(LocalDate effectiveFrom, Integer skillLevel, BigDecimal amount, BigDecimal share, Integer minHours,
                              String note) {
}
