package cn.jilin.laborbrand.training.certificate;

import cn.jilin.laborbrand.platform.organisation.Organisation;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
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
                Subquery<Long> issuers = query.subquery(Long.class);
                Root<Organisation> issuer = issuers.from(Organisation.class);
                issuers.select(issuer.get("id")).where(cb.like(issuer.get("name"), like));
                all.add(cb.or(cb.like(root.get("number"), like), cb.like(root.get("holderName"), like),
                        cb.like(root.get("legacyIssuer"), like), root.get("issuerId").in(issuers)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
