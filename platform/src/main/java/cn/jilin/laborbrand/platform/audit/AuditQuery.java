package cn.jilin.laborbrand.platform.audit;

import cn.jilin.laborbrand.platform.PlatformTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * The audit administrator's filters: a date range (inclusive, in Beijing time), an account and an action prefix.
 * Any may be empty.
 */
public record AuditQuery(LocalDate from, LocalDate to, String username, String action, AuditOutcome outcome) {

    Specification<AuditEvent> toSpecification() {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> all = new ArrayList<>();
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(PlatformTime.ZONE).toInstant()));
            }
            if (to != null) {
                all.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(PlatformTime.ZONE).toInstant()));
            }
            if (username != null && !username.isBlank()) {
                all.add(cb.equal(cb.lower(root.get("username")), username.strip().toLowerCase()));
            }
            if (action != null && !action.isBlank()) {
                all.add(cb.like(root.get("action"), action.strip().replace("%", "") + "%"));
            }
            if (outcome != null) {
                all.add(cb.equal(root.get("outcome"), outcome));
            }
            return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
