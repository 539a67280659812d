package cn.jilin.laborbrand.platform.regionattribute;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the region attributes list: kind, a set of regions (a city and its counties), text in the site, source or note. */
public record RegionAttributeFilter(RegionAttributeKind kind, Collection<String> regionCodes, String text) {

    public static RegionAttributeFilter none() {
        return new RegionAttributeFilter(null, null, null);
    }

    Specification<RegionAttribute> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(root.get("regionCode").in(regionCodes));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("siteName"), like), cb.like(root.get("sourceDocument"), like), cb.like(root.get("note"), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
