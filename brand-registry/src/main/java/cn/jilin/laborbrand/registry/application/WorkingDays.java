package cn.jilin.laborbrand.registry.application;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counting 工作日 for the public notice. Saturdays and Sundays are not working days; the State Council's yearly holiday
 * calendar (and its swapped working weekends) is not modelled yet, so a notice over a holiday runs a little short —
 * HRSS may set a longer period when it starts one.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The last day of a period of {@code days} working days starting on {@code start} (counted if it is one). */
    static LocalDate endOf(LocalDate start, int days) {
        LocalDate day = start;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
