package cn.jilin.laborbrand.registry.park;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the park list: the regions (a city and its counties), text in the name or positioning, one brand. */
public record ParkFilter(Collection<String> regionCodes, String text, Long brandId) {

    public static ParkFilter none() {
        return new ParkFilter(null, null, null);
    }

    Specification<IndustrialPark> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(root.get("regionCode").in(regionCodes));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("name"), like), cb.like(root.get("positioning"), like)));
            }
            if (brandId != null) {
                Subquery<Long> withBrand = query.subquery(Long.class);
                Root<IndustrialPark> p = withBrand.from(IndustrialPark.class);
                withBrand.select(p.get("id")).where(cb.equal(p.join("brandIds"), brandId));
                all.add(root.get("id").in(withBrand));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** Parks with no figures of {@code year}: the work list's question. */
    static Specification<IndustrialPark> withoutFiguresOf(int year) {
        return (root, query, cb) -> {
            Subquery<Long> sub = query.subquery(Long.class);
            Root<ParkFigures> f = sub.from(ParkFigures.class);
            sub.select(f.get("id")).where(cb.equal(f.get("parkId"), root.get("id")), cb.equal(f.get("year"), year));
            return cb.not(cb.exists(sub));
        };
    }
}
