package cn.jilin.laborbrand.governance.task;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the task list: department, measure, status, overdue or not, whose plan; any may be empty. */
public record TaskFilter(Long organisationId, Long measureId, TaskStatus status, Boolean overdue, PlanOwner plan) {

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null);
    }

    /** The tasks of these ids (none when empty). */
    static Specification<ResponsibilityTask> ids(java.util.Collection<Long> ids) {
        return (root, query, cb) -> ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids);
    }

    Specification<ResponsibilityTask> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (organisationId != null) {
                all.add(cb.equal(root.get("organisationId"), organisationId));
            }
            if (measureId != null) {
                all.add(cb.equal(root.get("measureId"), measureId));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (overdue != null) {
                all.add(cb.equal(root.get("overdue"), overdue));
            }
            if (plan != null) {
                all.add(plan.isProvince() ? cb.isNull(root.get("planRegion")) : cb.equal(root.get("planRegion"), plan.regionCode()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
