package cn.jilin.laborbrand.platform.scope;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

/**
 * What an expert's scope sees: the records given to them for review. The review feature supplies it (an SPI, so that
 * scope knows no review types); without one, an expert's scope sees nothing.
 */
public interface ReviewedRecords {

    /** The predicate "this record, of {@code subjectType}, is assigned to the expert, who declared no conflict". */
    Predicate assignedTo(Path<?> recordId, CriteriaQuery<?> query, CriteriaBuilder cb, String subjectType, long expertAccountId);

    /** The supplier in use (set once by the review feature at start-up; stateless, so contexts may share it). */
    final class Supplier {

        private static volatile ReviewedRecords current;

        private Supplier() {
        }

        public static void use(ReviewedRecords records) {
            current = records;
        }

        static ReviewedRecords current() {
            return current;
        }
    }
}
