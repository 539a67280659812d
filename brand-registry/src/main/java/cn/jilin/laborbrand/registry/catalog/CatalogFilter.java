package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.registry.brand.BrandType;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the catalogue: whose catalogue (null: every one the caller sees), the year of listing, the brand's regions (a city and its counties), the brand's type,
 * in or out of the catalogue, text in the brand's name. Any may be empty.
 */
public record CatalogFilter(CatalogOwner catalog, Integer year, Collection<String> regionCodes, BrandType type, CatalogStatus status, String text) {

    public static CatalogFilter none() {
        return new CatalogFilter(null, null, null, null, null, null);
    }

    Specification<CatalogEntry> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            Join<Object, Object> brand = root.join("brand");
            if (catalog != null) {
                all.add(of(catalog).toPredicate(root, query, cb));
            }
            if (year != null) {
                all.add(cb.equal(root.get("catalogYear"), year));
            }
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(brand.get("regionCode").in(regionCodes));
            }
            if (type != null) {
                all.add(cb.equal(brand.get("type"), type));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.like(brand.get("name"), like));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** Listed entries whose yearly review of {@code year} is still to be done. */
    static Specification<CatalogEntry> dueForReview(int year) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("status"), CatalogStatus.LISTED),
                cb.lessThan(cb.coalesce(root.<Integer>get("lastReviewYear"), root.<Integer>get("catalogYear")), year));
    }

    /** The entries of one catalogue: the province's, or one city's. */
    static Specification<CatalogEntry> of(CatalogOwner owner) {
        return (root, query, cb) -> owner.isProvince() ? cb.isNull(root.get("catalogRegion"))
                : cb.equal(root.get("catalogRegion"), owner.regionCode());
    }

    static Specification<CatalogEntry> ofBrand(long brandId) {
        return (root, query, cb) -> cb.equal(root.get("brandId"), brandId);
    }
}
