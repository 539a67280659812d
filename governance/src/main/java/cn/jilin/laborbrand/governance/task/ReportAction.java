package cn.jilin.laborbrand.governance.task;

import static cn.jilin.laborbrand.governance.task.ReportState.ACCEPTED;
import static cn.jilin.laborbrand.governance.task.ReportState.DRAFT;
import static cn.jilin.laborbrand.governance.task.ReportState.RETURNED;
import static cn.jilin.laborbrand.governance.task.ReportState.SUBMITTED;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The progress-report workflow in one table: each step, the states it leaves, the state it reaches and the permission
 * it takes. The department ({@code task:report}) submits a draft or a returned report; HRSS ({@code task:review})
 * returns it with a reason or accepts it, which makes the report's status the task's. ACCEPTED is final.
 */
public enum ReportAction {
    SUBMIT(Set.of(DRAFT, RETURNED), SUBMITTED, ReportAction.REPORT),
    RETURN(Set.of(SUBMITTED), RETURNED, ReportAction.REVIEW),
    ACCEPT(Set.of(SUBMITTED), ACCEPTED, ReportAction.REVIEW);

    public static final String REPORT = "task:report";
    public static final String REVIEW = "task:review";

    private final Set<ReportState> from;
    private final ReportState to;
    private final String permission;

    ReportAction(Set<ReportState> from, ReportState to, String permission) {
        this.from = from;
        this.to = to;
        this.permission = permission;
    }

    public ReportState to() {
        return to;
    }

    public String permission() {
        return permission;
    }

    /** Whether a report in {@code state} may take this step, whoever takes it. */
    public boolean allowedFrom(ReportState state) {
        return from.contains(state);
    }

    /** Whether the step needs a reason. */
    public boolean needsReason() {
        return this == RETURN;
    }

    /** The URL segment of the step, e.g. {@code submit}. */
    public String slug() {
        return name().toLowerCase();
    }

    /** The steps someone holding {@code permissions} may take now on a report in {@code state}. */
    public static List<ReportAction> available(ReportState state, Collection<String> permissions) {
        return Arrays.stream(values()).filter(a -> a.allowedFrom(state) && permissions.contains(a.permission())).toList();
    }

    public static ReportAction ofSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst().orElse(null);
    }
}
