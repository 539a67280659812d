package cn.jilin.laborbrand.training.partner;

import java.math.BigDecimal;
import java.util.List;

/**
 * 二(三)1 in one prefecture: the start-ups founded by brand workers (in the year, or ever) with the jobs they created,
 * founders who took start-up training, start-ups in an incubation carrier, guarantee loans (number, amount, interest
 * subsidy) and tax relief; and the incubation carriers there now (brand space, fee waivers, provincial recognition).
 * Counts and sums, never persons.
 */
public record StartupFigures(String prefectureCode, long startups, long jobs, long trainedFounders, long incubated, long loans,
                             BigDecimal loanAmount, BigDecimal interestSubsidy, long taxRelieved, BigDecimal taxRelief,
                             long incubators, BigDecimal brandSpace, long feeWaiving, long excellent) {

    /** A prefecture with nothing recorded. */
    public static StartupFigures none(String prefectureCode) {
        return new StartupFigures(prefectureCode, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0);
    }

    /** The province's row: the prefectures' figures added up (its code null). */
    public static StartupFigures total(List<StartupFigures> rows) {
        StartupFigures t = none(null);
        for (StartupFigures f : rows) {
            t = new StartupFigures(null, t.startups + f.startups, t.jobs + f.jobs, t.trainedFounders + f.trainedFounders, t.incubated + f.incubated,
                    t.loans + f.loans, t.loanAmount.add(f.loanAmount), t.interestSubsidy.add(f.interestSubsidy), t.taxRelieved + f.taxRelieved,
                    t.taxRelief.add(f.taxRelief), t.incubators + f.incubators, t.brandSpace.add(f.brandSpace), t.feeWaiving + f.feeWaiving,
                    t.excellent + f.excellent);
        }
        return t;
    }
}
