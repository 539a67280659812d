package cn.jilin.laborbrand.registry.alliance;

import cn.jilin.laborbrand.registry.brand.IndustrySection;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the alliance list: trade or region, the section, the regions (a city and its counties), text in the name. */
public record AllianceFilter(AllianceBasis basisKind, IndustrySection industry, Collection<String> regionCodes, String text) {

    public static AllianceFilter none() {
        return new AllianceFilter(null, null, null, null);
    }

    Specification<BrandAlliance> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (basisKind != null) {
                all.add(cb.equal(root.get("basisKind"), basisKind));
            }
            if (industry != null) {
                all.add(cb.equal(root.get("industry"), industry));
            }
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(root.get("regionCode").in(regionCodes));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.like(root.get("name"), like));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
