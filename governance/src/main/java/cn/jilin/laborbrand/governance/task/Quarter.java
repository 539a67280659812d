package cn.jilin.laborbrand.governance.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter, the period of a progress report: 2025 Q1 is January to March 2025. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The last day on which the quarter's report is on time: {@code graceDays} after the quarter's end. */
    public LocalDate dueDate(int graceDays) {
        return lastDay().plusDays(graceDays);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** The quarters from {@code first} to {@code last}, both included (none when last is before first). */
    public static List<Quarter> range(Quarter first, Quarter last) {
        List<Quarter> all = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
            all.add(q);
        }
        return all;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    /** {@code 2025-4}, as stored in a task's overdue quarter. */
    @Override
    public String toString() {
        return year + "-" + quarter;
    }

    public static Quarter parse(String text) {
        String[] parts = text.split("-");
        return new Quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}
