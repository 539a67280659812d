package cn.jilin.laborbrand.promotion.campaign;

import java.util.EnumSet;
import java.util.Set;

/** Where a nomination stands, from the city's draft to a winner on the published list. */
public enum NominationState {
    DRAFT, SUBMITTED, RETURNED, CHECKED, SCORING, SCORED, NOTICE, WON, NOT_SELECTED, REJECTED, REMOVED, WITHDRAWN;

    /** The states that take a place of the city's quota: submitted and not since rejected, withdrawn or removed. */
    public static final Set<NominationState> IN_QUOTA = EnumSet.of(SUBMITTED, RETURNED, CHECKED, SCORING, SCORED, NOTICE, WON, NOT_SELECTED);
}
