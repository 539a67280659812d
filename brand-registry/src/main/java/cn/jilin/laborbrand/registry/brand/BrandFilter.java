package cn.jilin.laborbrand.registry.brand;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the brand list: a set of regions (a city and its counties, say), level, type, maturity and text in the
 * name, occupations or leader. Any may be empty.
 */
public record BrandFilter(Collection<String> regionCodes, BrandLevel level, BrandType type, BrandMaturity maturity, String text) {

    public static BrandFilter none() {
        return new BrandFilter(null, null, null, null, null);
    }

    Specification<LaborBrand> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(root.get("regionCode").in(regionCodes));
            }
            if (level != null) {
                all.add(cb.equal(root.get("level"), level));
            }
            if (type != null) {
                all.add(cb.equal(root.get("type"), type));
            }
            if (maturity != null) {
                all.add(cb.equal(root.get("maturity"), maturity));
            }
            if (text != null && !text.isBlank()) {
                String like = like(text);
                all.add(cb.or(cb.like(root.get("name"), like), cb.like(root.get("occupations"), like),
                        cb.like(root.get("brandLeader"), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** Brands whose name contains the text (a wildcard typed is a character, not everything). */
    static Specification<LaborBrand> nameContains(String text) {
        return (root, query, cb) -> cb.like(root.get("name"), like(text));
    }

    private static String like(String text) {
        return "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
