package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import java.util.List;

/**
 * What a claim rests on, as the platform records it: the course, dispatch or start-up, whose it is (region and
 * organisation, which the claim takes for its own scope), whether it still stands (a course not cancelled), its hours,
 * the brand it serves (for the payee's credit), and the people it names with the grant each may claim.
 */
public record Evidence(EvidenceKind kind, long id, String regionCode, Long organisationId, String payeeName, boolean stands,
                       Integer hours, Long brandId, List<EvidencePerson> people) {

    public Evidence {
        people = List.copyOf(people);
    }
}
