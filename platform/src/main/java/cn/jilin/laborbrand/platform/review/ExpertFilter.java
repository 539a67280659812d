package cn.jilin.laborbrand.platform.review;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the expert pool: text in name, organisation, fields or occupations; a brand type; an industry; home
 * regions (a prefecture and its counties, say); active or not. Any may be empty. Finding experts by phone is a
 * reveal-class lookup of its own ({@link ExpertPoolService#findByPhone}), never a list filter.
 */
public record ExpertFilter(String text, String brandType, String industry, Collection<String> regionCodes, Boolean active) {

    public static ExpertFilter none() {
        return new ExpertFilter(null, null, null, null, null);
    }

    Specification<Expert> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("name"), like), cb.like(root.get("organisation"), like),
                        cb.like(root.get("fields"), like), cb.like(root.get("occupations"), like)));
            }
            if (brandType != null && !brandType.isBlank()) {
                all.add(cb.like(cb.concat(cb.concat(",", root.get("brandTypes")), ","), "%," + brandType.strip() + ",%"));
            }
            if (industry != null && !industry.isBlank()) {
                all.add(cb.like(cb.concat(cb.concat(",", root.get("industries")), ","), "%," + industry.strip() + ",%"));
            }
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(root.get("homeRegionCode").in(regionCodes));
            }
            if (active != null) {
                all.add(cb.equal(root.get("active"), active));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
