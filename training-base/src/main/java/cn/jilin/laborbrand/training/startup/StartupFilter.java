package cn.jilin.laborbrand.training.startup;

import java.util.Collection;
import org.springframework.data.jpa.domain.Specification;

/** The list's filter: regions (a region and its counties), brand, incubator, a word of the start-up's or founder's name. */
public record StartupFilter(Collection<String> regionCodes, Long brandId, Long incubatorId, String text) {

    Specification<Startup> toSpecification() {
        return (root, q, cb) -> {
            String like = text == null || text.isBlank() ? null
                    : "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            return cb.and(
                    regionCodes == null || regionCodes.isEmpty() ? cb.conjunction() : root.get("regionCode").in(regionCodes),
                    brandId == null ? cb.conjunction() : cb.equal(root.get("brandId"), brandId),
                    incubatorId == null ? cb.conjunction() : cb.equal(root.get("incubatorId"), incubatorId),
                    like == null ? cb.conjunction() : cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
                            cb.like(cb.lower(root.get("founderName")), like, '\\')));
        };
    }
}
