package cn.jilin.laborbrand.registry.enterprise;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.Organisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationFilter;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leading enterprises (二(三)2: 培育劳务品牌龙头企业): enterprises of the directory linked to the brands they anchor. A
 * city bureau links enterprises of its region to its brands; HRSS those of the whole province. An enterprise that is
 * not yet in the directory is registered through {@link OrganisationService#register}, which checks its credit code.
 */
@Service
public class LeadingEnterpriseService {

    static final String OWNER_TYPE = "leading_enterprise";

    private final LeadingEnterpriseRepository links;
    private final BrandService brands;
    private final OrganisationService organisations;
    private final CurrentUser user;
    private final AuditService audit;

    LeadingEnterpriseService(LeadingEnterpriseRepository links, BrandService brands, OrganisationService organisations,
                             CurrentUser user, AuditService audit) {
        this.links = links;
        this.brands = brands;
        this.organisations = organisations;
        this.user = user;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public Page<LeadingEnterpriseView> search(LeadingEnterpriseFilter filter, DataScope scope, Pageable pageable) {
        Page<LeadingEnterprise> found = links.findAll(specification(filter), scope, pageable);
        Map<Long, OrganisationChoice> directory = enterprisesOf(found.getContent());
        Map<Long, String> codes = creditCodes(found.getContent(), directory, scope);
        return found.map(l -> view(l, directory, codes));
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional
    public List<LeadingEnterpriseView> export(LeadingEnterpriseFilter filter, DataScope scope, Sort sort) {
        List<LeadingEnterprise> found = links.findAll(specification(filter), scope, sort);
        Map<Long, OrganisationChoice> directory = enterprisesOf(found);
        Map<Long, String> codes = creditCodes(found, directory, scope);
        List<LeadingEnterpriseView> rows = found.stream().map(l -> view(l, directory, codes)).toList();
        audit.record("enterprise.export", OWNER_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** The leading enterprises of one brand; 404 when the brand lies outside the scope. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<LeadingEnterpriseView> ofBrand(long brandId, DataScope scope) {
        long id = brands.get(brandId, scope).getId();
        return search(new LeadingEnterpriseFilter(null, null, id), scope, Pageable.unpaged(Sort.by("id"))).getContent();
    }

    /** Up to {@code limit} enterprises of the caller's scope whose name or credit code contains {@code text}: those a brand may be linked to. */
    @PreAuthorize("hasAuthority('enterprise:manage')")
    @Transactional(readOnly = true)
    public List<OrganisationChoice> enterpriseOptions(String text, DataScope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return organisations.search(new OrganisationFilter(text, OrganisationKind.ENTERPRISE, null), scope,
                        PageRequest.of(0, Math.min(limit, 50), Sort.by("name")))
                .map(o -> new OrganisationChoice(o.getId(), o.getName(), o.getKind(), o.getRegionCode())).getContent();
    }

    /** Links an enterprise of the caller's scope to a brand of the caller's scope, once. */
    @PreAuthorize("hasAuthority('enterprise:manage')")
    @Transactional
    public long link(long brandId, Long organisationId, String note, DataScope scope) {
        LaborBrand brand = brands.get(brandId, scope);
        if (organisationId == null) {
            throw new RuleViolation("organisationId", "enterprise.organisation.required");
        }
        Organisation enterprise;
        try {
            enterprise = organisations.get(organisationId, scope);
        } catch (NotFoundException e) {
            throw new RuleViolation("organisationId", "enterprise.organisation.outOfScope");
        }
        if (enterprise.getKind() != OrganisationKind.ENTERPRISE) {
            throw new RuleViolation("organisationId", "enterprise.organisation.notEnterprise");
        }
        if (links.existsByBrandIdAndOrganisationId(brand.getId(), enterprise.getId())) {
            throw new RuleViolation("organisationId", "enterprise.link.duplicate");
        }
        LeadingEnterprise link = links.save(new LeadingEnterprise(brand, enterprise.getId(), Text.orNull(note)));
        audit.record("enterprise.link", OWNER_TYPE, link.getId(), enterprise.getName() + " → " + brand.getName());
        return link.getId();
    }

    /**
     * Registers an enterprise in the directory (its credit code checked there) and links it to a brand, in one step:
     * both or neither.
     */
    @PreAuthorize("hasAuthority('enterprise:manage') and hasAuthority('organisation:register')")
    @Transactional
    public long registerAndLink(long brandId, NewOrganisation enterprise, String note, DataScope scope) {
        brands.get(brandId, scope);
        if (enterprise.kind() != OrganisationKind.ENTERPRISE) {
            throw new RuleViolation("kind", "enterprise.organisation.notEnterprise");
        }
        long organisationId = organisations.register(enterprise, scope);
        return link(brandId, organisationId, note, scope);
    }

    /** Ends a link of the caller's scope; the enterprise stays in the directory. */
    @PreAuthorize("hasAuthority('enterprise:manage')")
    @Transactional
    public void unlink(long id, DataScope scope) {
        LeadingEnterprise link = links.getById(id, scope);
        links.delete(link);
        audit.record("enterprise.unlink", OWNER_TYPE, id, "organisation=" + link.getOrganisationId() + " brand=" + link.getBrandId());
    }

    /** The directory's public facts (name, kind, region) of the enterprises these links name, in one query. */
    private Map<Long, OrganisationChoice> enterprisesOf(List<LeadingEnterprise> found) {
        return organisations.choices(found.stream().map(LeadingEnterprise::getOrganisationId).collect(Collectors.toSet()));
    }

    /**
     * The filter in the query itself: the enterprise's region and name through a subquery of the directory (a province's
     * directory is never read whole, nor turned into a list of ids), the brand's name through its association.
     */
    private static Specification<LeadingEnterprise> specification(LeadingEnterpriseFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.brandId() != null) {
                all.add(cb.equal(root.get("brandId"), filter.brandId()));
            }
            if (filter.regionCodes() != null && !filter.regionCodes().isEmpty()) {
                Subquery<Long> inRegion = query.subquery(Long.class);
                Root<Organisation> enterprise = inRegion.from(Organisation.class);
                inRegion.select(enterprise.get("id")).where(cb.equal(enterprise.get("kind"), OrganisationKind.ENTERPRISE),
                        enterprise.get("regionCode").in(filter.regionCodes()));
                all.add(root.get("organisationId").in(inRegion));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String text = filter.text().strip();
                String like = "%" + text.replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                Subquery<Long> named = query.subquery(Long.class);
                Root<Organisation> enterprise = named.from(Organisation.class);
                named.select(enterprise.get("id")).where(cb.equal(enterprise.get("kind"), OrganisationKind.ENTERPRISE),
                        cb.like(enterprise.get("name"), like));
                all.add(cb.or(cb.like(root.get("brand").get("name"), like), root.get("organisationId").in(named)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /**
     * The credit codes a list shows, read for the whole page at once: where the directory itself would show them, to
     * its viewers, within their scope.
     */
    private Map<Long, String> creditCodes(List<LeadingEnterprise> links, Map<Long, OrganisationChoice> directory, DataScope scope) {
        if (!mayViewDirectory()) {
            return Map.of();
        }
        Set<Long> shown = links.stream().map(LeadingEnterprise::getOrganisationId)
                .filter(id -> directory.containsKey(id) && directory.get(id).regionCode() != null && scope.coversRegion(directory.get(id).regionCode()))
                .collect(Collectors.toSet());
        return organisations.creditCodes(shown, scope);
    }

    private LeadingEnterpriseView view(LeadingEnterprise link, Map<Long, OrganisationChoice> directory, Map<Long, String> creditCodes) {
        Optional<OrganisationChoice> enterprise = Optional.ofNullable(directory.get(link.getOrganisationId()));
        String region = enterprise.map(OrganisationChoice::regionCode).orElse(null);
        return new LeadingEnterpriseView(link.getId(), link.getBrandId(), link.getBrand().getName(), link.getBrand().getRegionCode(),
                link.getOrganisationId(), enterprise.map(OrganisationChoice::name).orElse("#" + link.getOrganisationId()), region,
                creditCodes.get(link.getOrganisationId()), link.getNote(), link.isDemo(), link.getCreatedAt());
    }

    private boolean mayViewDirectory() {
        return user.holds("organisation:view");
    }
}
