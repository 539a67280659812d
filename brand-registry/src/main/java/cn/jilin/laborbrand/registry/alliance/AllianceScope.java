package cn.jilin.laborbrand.registry.alliance;

import cn.jilin.laborbrand.platform.organisation.Organisation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which alliances a scope sees, as a predicate of the query. An alliance is the province's, so HRSS sees all; a city
 * sees the alliances of a region it covers and those with a member of its region (a brand, an enterprise); an
 * organisation those it is a member of; other scopes none. Membership itself is published with the alliance.
 */
final class AllianceScope {

    private AllianceScope() {
    }

    static Specification<BrandAlliance> within(DataScope scope) {
        return (root, query, cb) -> switch (scope.kind()) {
            case PROVINCE -> cb.conjunction();
            case REGION -> cb.or(root.get("regionCode").in(scope.regionCodes()),
                    cb.exists(brandMemberIn(root, query, cb, scope.regionCodes())),
                    cb.exists(enterpriseMemberIn(root, query, cb, scope.regionCodes())));
            case ORGANISATION -> cb.exists(member(root, query, cb, scope.organisationId()));
            case EXPERT, NONE -> cb.disjunction();
        };
    }

    private static Subquery<Long> brandMemberIn(Root<BrandAlliance> alliance, CriteriaQuery<?> query, CriteriaBuilder cb, Set<String> codes) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<AllianceMember> m = sub.from(AllianceMember.class);
        Root<LaborBrand> b = sub.from(LaborBrand.class);
        return sub.select(m.get("id")).where(cb.equal(m.get("allianceId"), alliance.get("id")), cb.equal(b.get("id"), m.get("brandId")),
                b.get("regionCode").in(codes));
    }

    private static Subquery<Long> enterpriseMemberIn(Root<BrandAlliance> alliance, CriteriaQuery<?> query, CriteriaBuilder cb, Set<String> codes) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<AllianceMember> m = sub.from(AllianceMember.class);
        Root<Organisation> o = sub.from(Organisation.class);
        return sub.select(m.get("id")).where(cb.equal(m.get("allianceId"), alliance.get("id")), cb.equal(o.get("id"), m.get("organisationId")),
                o.get("regionCode").in(codes));
    }

    private static Subquery<Long> member(Root<BrandAlliance> alliance, CriteriaQuery<?> query, CriteriaBuilder cb, Long organisationId) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<AllianceMember> m = sub.from(AllianceMember.class);
        Predicate[] where = {cb.equal(m.get("allianceId"), alliance.get("id")), cb.equal(m.get("organisationId"), organisationId)};
        return sub.select(m.get("id")).where(where);
    }
}
