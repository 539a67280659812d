package cn.jilin.laborbrand.training.certificate;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the certificate list: regions, kind, occupation, course, text in number, holder or issuer. */
public record CertificateFilter(Collection<String> regionCodes, CertificateKind kind, String occupationCode, Long courseId, String text) {

    Specification<Certificate> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(root.get("regionCode").in(regionCodes));
            }
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            if (occupationCode != null && !occupationCode.isBlank()) {
                all.add(cb.equal(root.get("occupationCode"), occupationCode));
            }
            if (courseId != null) {
                all.add(cb.equal(root.get("courseId"), courseId));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("number"), like), cb.like(root.get("holderName"), like), cb.like(root.get("issuer"), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
