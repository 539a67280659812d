package cn.jilin.laborbrand.registry.finance;

import cn.jilin.laborbrand.registry.brand.LaborBrand;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the finance lists: the regions (a city and its counties), text in the brand's name, the status (a
 * {@link PledgeStatus} or an {@link InsuranceStatus} name, by list), text in the bank's or insurer's name, one brand.
 */
public record FinanceFilter(Collection<String> regionCodes, String brandText, String status, String institution, Long brandId) {

    public static FinanceFilter none() {
        return new FinanceFilter(null, null, null, null, null);
    }

    public static FinanceFilter ofBrand(long brandId) {
        return new FinanceFilter(null, null, null, null, brandId);
    }

    Specification<PledgeLoan> pledges() {
        return (root, query, cb) -> {
            List<Predicate> all = common(root, query, cb, "bank");
            PledgeStatus pledgeStatus = parse(PledgeStatus.class, status);
            if (pledgeStatus != null) {
                all.add(cb.equal(root.get("status"), pledgeStatus));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    Specification<BrandInsurance> insurance(LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> all = common(root, query, cb, "insurer");
            InsuranceStatus insuranceStatus = parse(InsuranceStatus.class, status);
            if (insuranceStatus == InsuranceStatus.PENDING) {
                all.add(cb.greaterThan(root.get("startsOn"), today));
            } else if (insuranceStatus == InsuranceStatus.IN_FORCE) {
                all.add(cb.lessThanOrEqualTo(root.get("startsOn"), today));
                all.add(cb.greaterThanOrEqualTo(root.get("endsOn"), today));
            } else if (insuranceStatus == InsuranceStatus.ENDED) {
                all.add(cb.lessThan(root.get("endsOn"), today));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** Outstanding loans due between two days: the work list's question. */
    static Specification<PledgeLoan> outstandingDueBetween(LocalDate from, LocalDate to) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("status"), PledgeStatus.OUTSTANDING),
                cb.between(root.get("dueOn"), from, to));
    }

    private List<Predicate> common(Root<?> root, CriteriaQuery<?> query, CriteriaBuilder cb, String institutionField) {
        List<Predicate> all = new ArrayList<>();
        if (regionCodes != null && !regionCodes.isEmpty()) {
            all.add(root.get("regionCode").in(regionCodes));
        }
        if (brandId != null) {
            all.add(cb.equal(root.get("brandId"), brandId));
        }
        if (brandText != null && !brandText.isBlank()) {
            Subquery<Long> named = query.subquery(Long.class);
            Root<LaborBrand> brand = named.from(LaborBrand.class);
            named.select(brand.get("id")).where(cb.like(brand.get("name"), like(brandText), '\\'));
            all.add(root.get("brandId").in(named));
        }
        if (institution != null && !institution.isBlank()) {
            all.add(cb.like(root.get(institutionField), like(institution), '\\'));
        }
        return all;
    }

    private static String like(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
