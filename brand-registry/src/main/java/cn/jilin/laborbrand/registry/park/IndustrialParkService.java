package cn.jilin.laborbrand.registry.park;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationFilter;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.RecordChanges;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Labor-brand industrial parks (二(三)3: 打造产业集聚、定位鲜明、配套完善、功能完备的劳务品牌特色产业园区). A city keeps the
 * parks of its region and counties, their brands and enterprises (of its scope) and their yearly figures; HRSS those of
 * the whole province. Everything is read within the caller's scope, in the query.
 */
@Service
public class IndustrialParkService {

    static final String OWNER_TYPE = "industrial_park";

    private final IndustrialParkRepository parks;
    private final ParkFiguresRepository figures;
    private final RegionService regions;
    private final BrandService brands;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final WorkflowHistory history;
    private final EntityManager entityManager;

    IndustrialParkService(IndustrialParkRepository parks, ParkFiguresRepository figures, RegionService regions, BrandService brands,
                          OrganisationService organisations, AuditService audit, WorkflowHistory history, EntityManager entityManager) {
        this.parks = parks;
        this.figures = figures;
        this.regions = regions;
        this.brands = brands;
        this.organisations = organisations;
        this.audit = audit;
        this.history = history;
        this.entityManager = entityManager;
    }

    /**
     * The type-ahead of a park's enterprises: up to {@code limit} organisations of the caller's scope that are not units
     * of government (enterprises, institutions) whose name or credit code contains {@code text}, by name.
     */
    @PreAuthorize("hasAuthority('park:manage')")
    @Transactional(readOnly = true)
    public List<OrganisationChoice> enterpriseOptions(String text, DataScope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        int size = Math.min(limit, 50);
        List<OrganisationChoice> found = new java.util.ArrayList<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (!kind.isGovernment()) {
                organisations.search(new OrganisationFilter(text, kind, null), scope, PageRequest.of(0, size, Sort.by("name", "id")))
                        .forEach(o -> found.add(new OrganisationChoice(o.getId(), o.getName(), o.getKind(), o.getRegionCode())));
            }
        }
        return found.stream().sorted(java.util.Comparator.comparing(OrganisationChoice::name)).limit(size).toList();
    }

    /** Those of these organisations a park of the caller's scope may name (not government, within the scope), for a re-shown form. */
    @PreAuthorize("hasAuthority('park:manage')")
    @Transactional(readOnly = true)
    public List<OrganisationChoice> enterpriseChoices(Collection<Long> ids, DataScope scope) {
        return organisations.choices(ids).values().stream()
                .filter(o -> !o.kind().isGovernment() && o.regionCode() != null && scope.coversRegion(o.regionCode()))
                .sorted(java.util.Comparator.comparing(OrganisationChoice::name)).toList();
    }

    @PreAuthorize("hasAuthority('park:view')")
    @Transactional(readOnly = true)
    public Page<ParkSummary> search(ParkFilter filter, DataScope scope, Pageable pageable) {
        Page<IndustrialPark> page = parks.findAll(filter.toSpecification(), scope, pageable);
        Map<Long, int[]> counts = counts(page.getContent().stream().map(IndustrialPark::getId).toList());
        return page.map(p -> summary(p, counts));
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('park:view')")
    @Transactional
    public List<ParkSummary> export(ParkFilter filter, DataScope scope, Sort sort) {
        List<IndustrialPark> found = parks.findAll(filter.toSpecification(), scope, sort);
        Map<Long, int[]> counts = counts(found.stream().map(IndustrialPark::getId).toList());
        audit.record("park.export", OWNER_TYPE, null, "rows=" + found.size());
        return found.stream().map(p -> summary(p, counts)).toList();
    }

    /** A park, or 404 when it does not exist or lies outside the caller's region. */
    @PreAuthorize("hasAuthority('park:view')")
    @Transactional(readOnly = true)
    public IndustrialPark get(long id, DataScope scope) {
        IndustrialPark park = parks.getById(id, scope);
        park.details();
        return park;
    }

    /** The park's page: its brands and enterprises by name and its figures, latest year first. */
    @PreAuthorize("hasAuthority('park:view')")
    @Transactional(readOnly = true)
    public ParkView view(long id, DataScope scope) {
        IndustrialPark park = parks.getById(id, scope);
        ParkDetails d = park.details();
        List<BrandName> brandNames = brands.names(d.brandIds()).values().stream()
                .sorted(Comparator.comparing(BrandName::name)).toList();
        List<OrganisationChoice> enterprises = organisations.choices(d.organisationIds()).values().stream()
                .sorted(Comparator.comparing(OrganisationChoice::name)).toList();
        Specification<ParkFigures> ofPark = (root, query, cb) -> cb.equal(root.get("parkId"), id);
        return new ParkView(park, brandNames, enterprises, figures.findAll(ofPark, scope, Sort.by(Sort.Order.desc("year"))));
    }

    // 二(三)3: registers a park of the caller's region with brands and enterprises of its scope
    @PreAuthorize("hasAuthority('park:manage')")
    @Transactional
    public long create(ParkDetails details, DataScope scope) {
        check(details, null, scope);
        IndustrialPark park = parks.saveAndFlush(new IndustrialPark(details));
        history.recordChange(OWNER_TYPE, park.getId(), "create", park.getName());
        return park.getId();
    }

    /** Changes a park, refusing a stale page. */
    @PreAuthorize("hasAuthority('park:manage')")
    @Transactional
    public void update(long id, long shownVersion, ParkDetails details, DataScope scope) {
        IndustrialPark park = parks.getById(id, scope);
        park.requireVersion(shownVersion);
        check(details, id, scope);
        ParkDetails before = park.details();
        park.apply(details);
        parks.saveAndFlush(park);
        List<String> changes = RecordChanges.between(describe(before), describe(details), Set.of());
        if (!changes.isEmpty()) {
            history.recordChange(OWNER_TYPE, id, "edit", String.join("；", changes));
        }
    }

    /** A park's history (registered, changed, each year's figures entered or corrected), oldest first, after the scope check. */
    @PreAuthorize("hasAuthority('park:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(OWNER_TYPE, parks.getById(id, scope).getId());
    }

    /** A park field by field as its history tells it: region, brands and enterprises by name. */
    private Map<String, String> describe(ParkDetails d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("园区名称", d.name());
        fields.put("所在地区", regions.name(d.regionCode()));
        fields.put("园区定位", d.positioning().strip());
        fields.put("品牌", brands.names(d.brandIds()).values().stream().map(BrandName::name).sorted().collect(Collectors.joining("、")));
        fields.put("入驻企业", organisations.choices(d.organisationIds()).values().stream().map(OrganisationChoice::name).sorted()
                .collect(Collectors.joining("、")));
        return fields;
    }

    /** The id of a park by name within the scope, for idempotent provisioning. */
    @PreAuthorize("hasAuthority('park:view')")
    @Transactional(readOnly = true)
    public java.util.Optional<Long> idByName(String name, DataScope scope) {
        Specification<IndustrialPark> byName = (root, query, cb) -> cb.equal(root.get("name"), name);
        return parks.findAll(byName, scope, Sort.unsorted()).stream().findFirst().map(IndustrialPark::getId);
    }

    /** Parks of the scope that have no figures of {@code year} (first {@code limit}, by name): the work list's question. */
    @PreAuthorize("hasAuthority('park:view')")
    @Transactional(readOnly = true)
    public List<IndustrialPark> withoutFigures(int year, DataScope scope, int limit) {
        return parks.findAll(ParkFilter.withoutFiguresOf(year), scope,
                org.springframework.data.domain.PageRequest.of(0, limit, Sort.by("name"))).getContent();
    }

    private void check(ParkDetails d, Long id, DataScope scope) {
        if (d.name() == null || d.name().isBlank()) {
            throw new RuleViolation("name", "park.name.required");
        }
        if (d.name().strip().length() > 100) {
            throw new RuleViolation("name", "park.name.tooLong");
        }
        Specification<IndustrialPark> sameName = (root, query, cb) -> id == null
                ? cb.equal(root.get("name"), d.name().strip())
                : cb.and(cb.equal(root.get("name"), d.name().strip()), cb.notEqual(root.get("id"), id));
        if (parks.count(sameName, DataScope.province()) > 0) {
            throw new RuleViolation("name", "park.name.taken");
        }
        if (d.regionCode() == null || regions.find(d.regionCode()).filter(r -> r.getLevel() != RegionLevel.PROVINCE).isEmpty()
                || !scope.coversRegion(d.regionCode())) {
            throw new RuleViolation("regionCode", "park.region.outOfScope");
        }
        if (d.positioning() == null || d.positioning().isBlank()) {
            throw new RuleViolation("positioning", "park.positioning.required");
        }
        if (d.brandIds().isEmpty()) {
            throw new RuleViolation("brandIds", "park.brands.required");
        }
        if (d.brandIds().size() > 50 || !brands.visible(d.brandIds(), scope).containsAll(d.brandIds())) {
            throw new RuleViolation("brandIds", "park.brands.outOfScope");
        }
        if (d.organisationIds().size() > 500) {
            throw new RuleViolation("organisationIds", "park.enterprises.outOfScope");
        }
        Map<Long, OrganisationChoice> found = organisations.choices(d.organisationIds());
        for (Long organisationId : d.organisationIds()) {
            OrganisationChoice o = found.get(organisationId);
            if (o == null || o.regionCode() == null || !scope.coversRegion(o.regionCode())) {
                throw new RuleViolation("organisationIds", "park.enterprises.outOfScope");
            }
            if (o.kind().isGovernment()) {
                throw new RuleViolation("organisationIds", "park.enterprises.government");
            }
        }
    }

    /** Brand and enterprise counts and the latest year of figures of the listed parks, in two queries for the page. */
    private Map<Long, int[]> counts(Collection<Long> ids) {
        Map<Long, int[]> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object[]> sizes = entityManager.createQuery(
                "select p.id, size(p.brandIds), size(p.organisationIds) from IndustrialPark p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] row : sizes) {
            counts.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue(), 0});
        }
        List<Object[]> years = entityManager.createQuery(
                "select f.parkId, max(f.year) from ParkFigures f where f.parkId in :ids group by f.parkId", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] row : years) {
            counts.computeIfAbsent((Long) row[0], k -> new int[3])[2] = ((Number) row[1]).intValue();
        }
        return counts;
    }

    private static ParkSummary summary(IndustrialPark park, Map<Long, int[]> counts) {
        int[] c = counts.getOrDefault(park.getId(), new int[3]);
        return new ParkSummary(park, c[0], c[1], c[2] == 0 ? null : c[2]);
    }
}
