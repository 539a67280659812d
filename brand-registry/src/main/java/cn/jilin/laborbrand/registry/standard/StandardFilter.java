package cn.jilin.laborbrand.registry.standard;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the standards list: kind, status, one brand, text in the title, number or issuing body. */
public record StandardFilter(StandardKind kind, StandardStatus status, Long brandId, String text) {

    public static StandardFilter none() {
        return new StandardFilter(null, null, null, null);
    }

    Specification<BrandStandard> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (brandId != null) {
                Subquery<Long> covering = query.subquery(Long.class);
                Root<BrandStandard> s = covering.from(BrandStandard.class);
                covering.select(s.get("id")).where(cb.equal(s.join("brandIds"), brandId));
                all.add(root.get("id").in(covering));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("title"), like), cb.like(root.get("number"), like), cb.like(root.get("issuingBody"), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
