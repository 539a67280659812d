package cn.jilin.laborbrand.platform.organisation;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the organisation directory: text in name or credit code, kind, region (exact). */
public record OrganisationFilter(String text, OrganisationKind kind, String regionCode) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null);
    }

    Specification<Organisation> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("%", "").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("name"), like), cb.like(root.get("creditCode"), like.toUpperCase())));
            }
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            if (regionCode != null && !regionCode.isBlank()) {
                all.add(cb.equal(root.get("regionCode"), regionCode));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
