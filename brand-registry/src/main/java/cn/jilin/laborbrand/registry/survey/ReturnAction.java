package cn.jilin.laborbrand.registry.survey;

import static cn.jilin.laborbrand.registry.survey.ReturnState.ACCEPTED;
import static cn.jilin.laborbrand.registry.survey.ReturnState.DRAFT;
import static cn.jilin.laborbrand.registry.survey.ReturnState.RETURNED;
import static cn.jilin.laborbrand.registry.survey.ReturnState.SUBMITTED;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one table of what may happen to a survey return, in which state, by whom (the permission), and where it leads.
 * City bureaus ({@code survey:return:file}) create, save and submit their region's return; HRSS ({@code survey:manage})
 * returns a submitted return for revision, with a reason, or accepts it. ACCEPTED is final. Nothing happens to the
 * returns of a closed round.
 */
public enum ReturnAction {

    /** The bureau starts its return: a draft pre-filled from its brands' current figures. */
    CREATE(ReturnAction.FILE, EnumSet.noneOf(ReturnState.class), DRAFT),
    /** The bureau saves what it entered; the state stays (a returned return keeps its reason). */
    SAVE(ReturnAction.FILE, EnumSet.of(DRAFT, RETURNED), null),
    SUBMIT(ReturnAction.FILE, EnumSet.of(DRAFT, RETURNED), SUBMITTED),
    /** 退回修改: back to the bureau, always with a reason. */
    RETURN(ReturnAction.MANAGE, EnumSet.of(SUBMITTED), RETURNED),
    ACCEPT(ReturnAction.MANAGE, EnumSet.of(SUBMITTED), ACCEPTED);

    public static final String FILE = "survey:return:file";
    public static final String MANAGE = "survey:manage";

    private final String permission;
    private final Set<ReturnState> from;
    private final ReturnState to;

    ReturnAction(String permission, Set<ReturnState> from, ReturnState to) {
        this.permission = permission;
        this.from = from;
        this.to = to;
    }

    /** The permission whose holder may take this step. */
    public String permission() {
        return permission;
    }

    /** Whether a return in {@code state} may take this step ({@link #CREATE} applies to no existing return). */
    public boolean allowedFrom(ReturnState state) {
        return from.contains(state);
    }

    /** Where the step leads from {@code state}: its target, or the same state for a step that changes only the content. */
    public ReturnState target(ReturnState state) {
        return to == null ? state : to;
    }

    /** Whether the step needs a reason (a comment that is not blank). */
    public boolean needsReason() {
        return this == RETURN;
    }

    /** The steps that move a return from one state to another, i.e. the buttons of a return's page. */
    public boolean isTransition() {
        return this == SUBMIT || this == RETURN || this == ACCEPT;
    }

    /** Whether someone holding {@code permissions} may take this step on a return in {@code state}. */
    public boolean allows(ReturnState state, Collection<String> permissions) {
        return allowedFrom(state) && permissions.contains(permission);
    }

    /** The transitions someone holding {@code permissions} may take now on a return in {@code state}. */
    public static List<ReturnAction> transitionsFor(ReturnState state, Collection<String> permissions) {
        return Arrays.stream(values()).filter(a -> a.isTransition() && a.allows(state, permissions)).toList();
    }
}
