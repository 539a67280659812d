package cn.jilin.laborbrand.governance.task;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the report list: department, state, year and quarter, task, whose plan; any may be empty. */
public record ReportFilter(Long organisationId, ReportState state, Integer year, Integer quarter, Long taskId, PlanOwner plan) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null);
    }

    public static ReportFilter ofTask(long taskId) {
        return new ReportFilter(null, null, null, null, taskId, null);
    }

    Specification<ProgressReport> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (organisationId != null) {
                all.add(cb.equal(root.get("organisationId"), organisationId));
            }
            if (state != null) {
                all.add(cb.equal(root.get("state"), state));
            }
            if (year != null) {
                all.add(cb.equal(root.get("year"), year));
            }
            if (quarter != null) {
                all.add(cb.equal(root.get("quarter"), quarter));
            }
            if (taskId != null) {
                all.add(cb.equal(root.get("taskId"), taskId));
            }
            if (plan != null) {
                all.add(plan.isProvince() ? cb.isNull(root.get("planRegion")) : cb.equal(root.get("planRegion"), plan.regionCode()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
