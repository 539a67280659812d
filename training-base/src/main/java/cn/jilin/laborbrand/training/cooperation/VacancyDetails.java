package cn.jilin.laborbrand.training.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A vacancy as entered: employer, occupation of the national classification, places, monthly pay range (yuan), place,
 * input base (optional), dates, and how many went there who are not platform trainees (a headcount, no names).
 */
public record VacancyDetails(String regionCode, String employer, String occupationCode, Integer places, BigDecimal payMin,
                             BigDecimal payMax, String place, Long inboundBaseId, LocalDate postedOn, LocalDate closesOn,
                             Integer otherHeadcount, String note) {
}
