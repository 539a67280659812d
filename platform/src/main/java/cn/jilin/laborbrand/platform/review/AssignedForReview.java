package cn.jilin.laborbrand.platform.review;

import cn.jilin.laborbrand.platform.scope.ReviewedRecords;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.stereotype.Component;

/** What an expert's data scope sees: the records assigned to them, once they have declared no conflict of interest. */
@Component
class AssignedForReview implements ReviewedRecords {

    @PostConstruct
    void install() {
        ReviewedRecords.Supplier.use(this);
    }

    @Override
    public Predicate assignedTo(Path<?> recordId, CriteriaQuery<?> query, CriteriaBuilder cb, String subjectType, long expertAccountId) {
        Subquery<Long> assigned = query.subquery(Long.class);
        Root<ReviewAssignment> assignment = assigned.from(ReviewAssignment.class);
        assigned.select(assignment.get("subjectId")).where(
                cb.equal(assignment.get("subjectType"), subjectType),
                cb.equal(assignment.get("expertAccountId"), expertAccountId),
                cb.equal(assignment.get("declaration"), Declaration.NO_CONFLICT));
        return recordId.in(assigned);
    }
}
