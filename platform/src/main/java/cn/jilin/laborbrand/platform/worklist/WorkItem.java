package cn.jilin.laborbrand.platform.worklist;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing waiting for the signed-in user on the home page's work list: what (a message key with its arguments, so
 * that the page shows it in the user's language), where to do it, by when, and what kind of thing it is.
 *
 * @param kind     what the user is asked to do; orders and colours the list
 * @param titleKey message key of the item's text, e.g. {@code worklist.report.due}
 * @param titleArgs arguments of that message (plain strings and numbers)
 * @param link     the page where the user does it, e.g. {@code /tasks/reports/12}
 * @param due      the day it is due, or null when it has no deadline
 */
public record WorkItem(Kind kind, String titleKey, List<Object> titleArgs, String link, LocalDate due, String listLink) {

    public WorkItem {
        titleArgs = List.copyOf(titleArgs);
    }

    public static WorkItem of(Kind kind, String titleKey, String link, LocalDate due, Object... titleArgs) {
        return new WorkItem(kind, titleKey, List.of(titleArgs), link, due, null);
    }

    /**
     * The same item, one of a kind that the list at {@code listLink} shows together: when more than a few such items
     * wait, the work list shows one line with their number ({@code titleKey + ".many"}) linking there instead.
     */
    public WorkItem inList(String listLink) {
        return new WorkItem(kind, titleKey, titleArgs, link, due, listLink);
    }

    /** Counts on the work list are exact below this; at it they read "999+" (see {@link #shownCount}). */
    public static final int COUNT_LIMIT = 1000;

    /** A count of {@code ScopedRepository.countUpTo(…, COUNT_LIMIT)} as the work list shows it. */
    public static Object shownCount(long count) {
        return count >= COUNT_LIMIT ? (COUNT_LIMIT - 1) + "+" : count;
    }

    /** Whether the item was due before {@code today}. */
    public boolean isLate(LocalDate today) {
        return kind == Kind.OVERDUE || (due != null && due.isBefore(today));
    }

    public Object[] args() {
        return titleArgs.toArray();
    }

    /** From the most pressing to the least; the list shows them in this order, then by due date. */
    public enum Kind {
        /** Past its deadline. */
        OVERDUE,
        /** Sent back to the user's organisation for amendment. */
        RETURNED,
        /** Someone else's work that waits for the user's decision (accept, review, assign). */
        DECIDE,
        /** The user's own work that is due (a report to file, a review to score). */
        DUE
    }
}
