package cn.jilin.laborbrand.registry.finance;

import java.time.LocalDate;

/** Where a policy stands on a day, from its period: not yet begun, in force, or ended. */
public enum InsuranceStatus {
    PENDING, IN_FORCE, ENDED;

    static InsuranceStatus on(LocalDate day, LocalDate startsOn, LocalDate endsOn) {
        return day.isBefore(startsOn) ? PENDING : day.isAfter(endsOn) ? ENDED : IN_FORCE;
    }
}
