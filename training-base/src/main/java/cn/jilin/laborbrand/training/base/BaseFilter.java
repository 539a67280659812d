package cn.jilin.laborbrand.training.base;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the base list: regions, level, state, text in the name or address. Any may be empty. */
public record BaseFilter(Collection<String> regionCodes, BaseLevel level, BaseState state, String text) {

    public static BaseFilter none() {
        return new BaseFilter(null, null, null, null);
    }

    Specification<CultivationBase> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (regionCodes != null && !regionCodes.isEmpty()) {
                all.add(root.get("regionCode").in(regionCodes));
            }
            if (level != null) {
                all.add(cb.equal(root.get("level"), level));
            }
            if (state != null) {
                all.add(cb.equal(root.get("state"), state));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("name"), like), cb.like(root.get("address"), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
