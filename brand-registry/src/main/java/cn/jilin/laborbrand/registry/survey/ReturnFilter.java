package cn.jilin.laborbrand.registry.survey;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Which returns of a round a list or export shows: by state and by prefecture-level region; either may be empty. */
public record ReturnFilter(ReturnState state, String regionCode) {

    public static ReturnFilter none() {
        return new ReturnFilter(null, null);
    }

    Specification<SurveyReturn> of(Collection<Long> surveyIds) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(root.get("surveyId").in(surveyIds));
            if (state != null) {
                all.add(cb.equal(root.get("state"), state));
            }
            if (regionCode != null && !regionCode.isBlank()) {
                all.add(cb.equal(root.get("regionCode"), regionCode));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
