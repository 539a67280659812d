package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the application list: states, target level, text in the brand's name. */
public record ApplicationFilter(Collection<ApplicationState> states, BrandLevel targetLevel, String text) {

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null);
    }

    Specification<BrandApplication> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (states != null && !states.isEmpty()) {
                all.add(root.get("state").in(states));
            }
            if (targetLevel != null) {
                all.add(cb.equal(root.get("targetLevel"), targetLevel));
            }
            if (text != null && !text.isBlank()) {
                Subquery<Long> named = query.subquery(Long.class);
                Root<LaborBrand> brand = named.from(LaborBrand.class);
                String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                named.select(brand.get("id")).where(cb.like(brand.get("name"), like));
                all.add(root.get("brandId").in(named));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
