package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the claim list: states, kind, policy, year, regions, text in the number or the payee's name, and the
 * evidence the claims rest on (a start-up's claims, say).
 */
public record ClaimFilter(Collection<ClaimState> states, SubsidyKind kind, Long policyId, Integer year, Collection<String> regionCodes,
                          String text, EvidenceKind evidence, Long evidenceId) {

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, null, null, null, null);
    }

    Specification<SubsidyClaim> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (states != null && !states.isEmpty()) {
                all.add(root.get("state").in(states));
            }
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            if (policyId != null) {
                all.add(cb.equal(root.get("policyId"), policyId));
            }
            if (year != null) {
                all.add(cb.equal(root.get("claimYear"), year));
            }
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(root.get("regionCode").in(regionCodes));
            }
            if (evidence != null) {
                all.add(cb.equal(root.get("evidence"), evidence));
                if (evidenceId != null) {
                    all.add(cb.equal(root.get("evidenceId"), evidenceId));
                }
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("number"), like), cb.like(root.get("payeeName"), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
