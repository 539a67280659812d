package cn.jilin.laborbrand.platform.account;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the account list: text in username or name, organisation, role, enabled or not. */
public record AccountFilter(String text, Long organisationId, String roleCode, Boolean enabled) {

    Specification<Account> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase().replace("%", "").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("username")), like), cb.like(cb.lower(root.get("displayName")), like)));
            }
            if (organisationId != null) {
                all.add(cb.equal(root.get("organisationId"), organisationId));
            }
            if (roleCode != null && !roleCode.isBlank()) {
                all.add(cb.equal(root.join("roles").get("code"), roleCode));
            }
            if (enabled != null) {
                all.add(cb.equal(root.get("enabled"), enabled));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
