package cn.jilin.laborbrand.governance.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a task is overdue: a quarter's report not filed (submitted at least once) {@code graceDays} after the quarter's
 * end. The quarters that need a report run from the plan's first reporting quarter to the quarter of the task's
 * deadline, and stop at the quarter in which an accepted report said the task was done.
 */
public final class OverdueRule {

    private OverdueRule() {
    }

    /** The earliest quarter whose report is late on {@code today}, if any. */
    public static Optional<Quarter> firstLate(LocalDate today, LocalDate reportingFrom, int graceDays, LocalDate deadline,
                                              Quarter doneIn, Set<Quarter> filed) {
        for (Quarter q : required(reportingFrom, deadline, doneIn)) {
            if (!today.isAfter(q.dueDate(graceDays))) {
                break;
            }
            if (!filed.contains(q)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** The quarters whose report is expected, ended or not. */
    public static List<Quarter> required(LocalDate reportingFrom, LocalDate deadline, Quarter doneIn) {
        Quarter last = Quarter.of(deadline);
        if (doneIn != null && doneIn.compareTo(last) < 0) {
            last = doneIn;
        }
        return Quarter.range(Quarter.of(reportingFrom), last);
    }

    /** The quarters a department may report on today: expected ones that have begun. */
    public static List<Quarter> reportable(LocalDate today, LocalDate reportingFrom, LocalDate deadline) {
        Quarter current = Quarter.of(today);
        return required(reportingFrom, deadline, null).stream().filter(q -> q.compareTo(current) <= 0).toList();
    }
}
