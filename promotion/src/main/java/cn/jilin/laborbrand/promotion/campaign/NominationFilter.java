package cn.jilin.laborbrand.promotion.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the nomination list: campaign, states, prefecture regions, text in the person's name or story. */
public record NominationFilter(Long campaignId, Collection<NominationState> states, Collection<String> regionCodes, String text) {

    Specification<Nomination> toSpecification() {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> all = new java.util.ArrayList<>();
            if (campaignId != null) {
                all.add(cb.equal(root.get("campaignId"), campaignId));
            }
            if (states != null && !states.isEmpty()) {
                all.add(root.get("state").in(states));
            }
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(root.get("regionCode").in(regionCodes));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("personName"), like), cb.like(root.get("category"), like)));
            }
            return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
