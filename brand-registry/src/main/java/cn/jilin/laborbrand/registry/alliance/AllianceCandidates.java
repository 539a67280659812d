package cn.jilin.laborbrand.registry.alliance;

import cn.jilin.laborbrand.platform.organisation.Organisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may still join an alliance (二(三)2), as the type-ahead of its members' form asks: brands of the caller's scope that
 * share the alliance's trade or lie in its region, and enterprises of the caller's scope (of its region, for a regional
 * alliance), not members yet, whose name contains the text typed. Each is one query.
 */
@Service
public class AllianceCandidates {

    private final BrandAllianceService alliances;
    private final BrandService brands;
    private final AllianceEnterpriseRepository organisations;
    private final RegionService regions;

    AllianceCandidates(BrandAllianceService alliances, BrandService brands, AllianceEnterpriseRepository organisations,
                       RegionService regions) {
        this.alliances = alliances;
        this.brands = brands;
        this.organisations = organisations;
        this.regions = regions;
    }

    /** Up to {@code limit} brands that may join the alliance; 404 when the alliance lies outside the scope. */
    @PreAuthorize("hasAuthority('alliance:manage')")
    @Transactional(readOnly = true)
    public List<BrandName> brands(long allianceId, String text, DataScope scope, int limit) {
        BrandAlliance alliance = alliances.get(allianceId, scope);
        Specification<LaborBrand> eligible = alliance.getBasisKind() == AllianceBasis.TRADE
                ? (root, query, cb) -> cb.equal(root.get("industry"), alliance.getIndustry())
                : (root, query, cb) -> root.get("regionCode").in(regions.coveredCodes(alliance.getRegionCode()));
        Specification<LaborBrand> notMember = (root, query, cb) -> {
            Subquery<Long> member = query.subquery(Long.class);
            Root<AllianceMember> m = member.from(AllianceMember.class);
            member.select(m.get("id")).where(cb.equal(m.get("allianceId"), allianceId), cb.equal(m.get("brandId"), root.get("id")));
            return cb.not(cb.exists(member));
        };
        return brands.candidates(text, eligible.and(notMember), scope, limit);
    }

    /** Up to {@code limit} enterprises that may join the alliance; 404 when the alliance lies outside the scope. */
    @PreAuthorize("hasAuthority('alliance:manage')")
    @Transactional(readOnly = true)
    public List<OrganisationChoice> enterprises(long allianceId, String text, DataScope scope, int limit) {
        BrandAlliance alliance = alliances.get(allianceId, scope);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String like = "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
        Set<String> region = alliance.getBasisKind() == AllianceBasis.REGION ? regions.coveredCodes(alliance.getRegionCode()) : null;
        Specification<Organisation> candidate = (root, query, cb) -> {
            Subquery<Long> member = query.subquery(Long.class);
            Root<AllianceMember> m = member.from(AllianceMember.class);
            member.select(m.get("id")).where(cb.equal(m.get("allianceId"), allianceId), cb.equal(m.get("organisationId"), root.get("id")));
            return cb.and(cb.equal(root.get("kind"), OrganisationKind.ENTERPRISE), cb.like(root.get("name"), like),
                    region == null ? cb.conjunction() : root.get("regionCode").in(region), cb.not(cb.exists(member)));
        };
        return organisations.findAll(candidate, scope, PageRequest.of(0, Math.min(limit, 50), Sort.by("name", "id")))
                .map(o -> new OrganisationChoice(o.getId(), o.getName(), o.getKind(), o.getRegionCode())).getContent();
    }
}
