package cn.jilin.laborbrand.subsidy.budget;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import jakarta.persistence.criteria.Predicate;

/** Filters of the budget list: a year, a policy, a set of regions. */
public record BudgetFilter(Integer year, Long policyId, Collection<String> regionCodes) {

    Specification<Budget> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (year != null) {
                all.add(cb.equal(root.get("year"), year));
            }
            if (policyId != null) {
                all.add(cb.equal(root.get("policyId"), policyId));
            }
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(root.get("regionCode").in(regionCodes));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
