package cn.jilin.laborbrand.subsidy.rule;

import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import java.util.List;

/**
 * A claim as the rule engine sees it: the policy and its limits, the grants asked for (one per person), whether its
 * evidence still stands (a certificate not revoked, a course not cancelled), whether its payee may be paid (credit),
 * and whether every person has an amount standard in force and the course hours it asks.
 */
public record Candidate(SubsidyPolicy policy, List<Grant> grants, boolean evidenceStands, boolean payeeCreditworthy,
                        List<String> peopleWithoutStandard, List<String> peopleShortOfHours) {

    public Candidate {
        grants = List.copyOf(grants);
        peopleWithoutStandard = peopleWithoutStandard == null ? List.of() : List.copyOf(peopleWithoutStandard);
        peopleShortOfHours = peopleShortOfHours == null ? List.of() : List.copyOf(peopleShortOfHours);
    }
}
