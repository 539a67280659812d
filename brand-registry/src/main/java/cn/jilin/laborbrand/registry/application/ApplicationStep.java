package cn.jilin.laborbrand.registry.application;

import java.util.Collection;
import java.util.List;

/**
 * What a user sends with a step of an application's workflow: the version the page showed and a comment (the reason,
 * where the step needs one), plus what some steps need: the experts to assign, the working days of a public notice, the
 * ministry's decision on a national application.
 */
public record ApplicationStep(long version, String comment, Collection<Long> expertIds, Integer workingDays, MinistryDecision ministry) {

    public ApplicationStep {
        expertIds = expertIds == null ? List.of() : List.copyOf(expertIds);
    }

    /** A step that needs nothing but the version and a comment. */
    public static ApplicationStep of(long version, String comment) {
        return new ApplicationStep(version, comment, List.of(), null, null);
    }

    /** A step that records the ministry's decision (MINISTRY_DESIGNATE, MINISTRY_DECLINE); the comment is the reason. */
    public static ApplicationStep ministry(long version, String comment, MinistryDecision decision) {
        return new ApplicationStep(version, comment, List.of(), null, decision);
    }
}
