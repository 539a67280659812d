package cn.jilin.laborbrand.training.course;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the course list: regions, occupation, brand, status, subsidised, text in the name. Any may be empty. */
public record CourseFilter(Collection<String> regionCodes, String occupationCode, Long brandId, CourseStatus status, Boolean subsidised,
                           String text) {

    public static CourseFilter none() {
        return new CourseFilter(null, null, null, null, null, null);
    }

    Specification<TrainingCourse> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(root.get("regionCode").in(regionCodes));
            }
            if (occupationCode != null && !occupationCode.isBlank()) {
                all.add(cb.equal(root.get("occupationCode"), occupationCode));
            }
            if (brandId != null) {
                all.add(cb.equal(root.get("brandId"), brandId));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (subsidised != null) {
                all.add(cb.equal(root.get("subsidised"), subsidised));
            }
            if (text != null && !text.isBlank()) {
                all.add(cb.like(root.get("name"), "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%"));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
