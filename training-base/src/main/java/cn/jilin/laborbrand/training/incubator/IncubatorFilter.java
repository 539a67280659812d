package cn.jilin.laborbrand.training.incubator;

import java.util.Collection;
import org.springframework.data.jpa.domain.Specification;

/** The list's filter: kind, regions (a region and its counties), a word of the name. */
public record IncubatorFilter(IncubatorKind kind, Collection<String> regionCodes, String text) {

    Specification<Incubator> toSpecification() {
        return (root, q, cb) -> cb.and(
                kind == null ? cb.conjunction() : cb.equal(root.get("kind"), kind),
                regionCodes == null || regionCodes.isEmpty() ? cb.conjunction() : root.get("regionCode").in(regionCodes),
                text == null || text.isBlank() ? cb.conjunction()
                        : cb.like(cb.lower(root.get("name")), "%" + escape(text.strip().toLowerCase()) + "%", '\\'));
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
