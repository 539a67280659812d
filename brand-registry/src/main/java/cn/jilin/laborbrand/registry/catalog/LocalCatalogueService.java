package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.attachment.FileType;
import cn.jilin.laborbrand.platform.attachment.StoredFile;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local work of 二(一)1 and 二(一)3 beside the brand entries of {@link GuidanceCatalogService}: the key projects of
 * each catalogue (the province's and every city's), the cities' development plans for their brands with their
 * documents, and the roll-up of the cities' catalogues that the province reads. Who keeps what is
 * {@link CatalogOwner}'s rule; the cities' plans are kept by the city's own office.
 */
@Service
public class LocalCatalogueService {

    /** The workflow-history subject of key projects. */
    public static final String PROJECT = "catalog_project";
    /** The attachment owner of a development plan's document. */
    public static final String PLAN = "brand_development_plan";
    private static final String PLAN_DOCUMENT = "document";
    private static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    /** At most this many brands named by one plan (a city has some dozens). */
    public static final int MAX_PLAN_BRANDS = 200;

    private final CatalogProjectRepository projects;
    private final DevelopmentPlanRepository plans;
    private final CatalogEntryRepository entries;
    private final GuidanceCatalogService catalog;
    private final BrandService brands;
    private final RegionService regions;
    private final AttachmentService attachments;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    LocalCatalogueService(CatalogProjectRepository projects, DevelopmentPlanRepository plans, CatalogEntryRepository entries, GuidanceCatalogService catalog,
                          BrandService brands, RegionService regions, AttachmentService attachments, WorkflowHistory history,
                          AuditService audit, Clock clock) {
        this.projects = projects;
        this.plans = plans;
        this.entries = entries;
        this.catalog = catalog;
        this.brands = brands;
        this.regions = regions;
        this.attachments = attachments;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** One city's line of the roll-up: its catalogue's listed brands and projects, how many the province lists too, its plans. */
    public record CityCatalogue(Region region, long brands, long projects, long alsoInProvince, List<BrandDevelopmentPlan> plans) {

        public BrandDevelopmentPlan latestPlan() {
            return plans.isEmpty() ? null : plans.get(0);
        }
    }

    /** The roll-up: every prefecture-level unit within the scope, in the province's order, with its catalogue's figures. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<CityCatalogue> rollUp(DataScope scope) {
        List<Region> cities = regions.prefecturesWithin(scope);
        List<String> codes = cities.stream().map(Region::getCode).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Long> listed = byRegion(entries.countListed(codes));
        Map<String, Long> alsoInProvince = byRegion(entries.countAlsoInProvince(codes));
        Map<String, Long> listedProjects = byRegion(projects.countListed(codes));
        Map<String, List<BrandDevelopmentPlan>> plansOf = plans.findOfCities(codes).stream()
                .collect(Collectors.groupingBy(BrandDevelopmentPlan::getRegionCode));
        return cities.stream().map(c -> new CityCatalogue(c, listed.getOrDefault(c.getCode(), 0L),
                listedProjects.getOrDefault(c.getCode(), 0L), alsoInProvince.getOrDefault(c.getCode(), 0L),
                plansOf.getOrDefault(c.getCode(), List.of()))).toList();
    }

    /** One city's line of the roll-up, or 404 when the region is not a prefecture-level unit within the scope. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public CityCatalogue city(String regionCode, DataScope scope) {
        Region city = regions.prefecturesWithin(scope).stream().filter(r -> r.getCode().equals(regionCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("city catalogue", regionCode));
        List<String> code = List.of(city.getCode());
        return new CityCatalogue(city, first(entries.countListed(code)), first(projects.countListed(code)),
                first(entries.countAlsoInProvince(code)), plans.findOfCities(code));
    }

    // ---- key projects ---------------------------------------------------------------------------------------------------

    /** The key projects of one catalogue ({@code null}: of every catalogue) within the scope, listed first. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public Page<CatalogProject> projects(CatalogOwner catalogue, CatalogStatus status, DataScope scope, Pageable pageable) {
        return projects.findAll(projectFilter(catalogue, status), scope, pageable);
    }

    /** The same for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional
    public List<CatalogProject> exportProjects(CatalogOwner catalogue, CatalogStatus status, DataScope scope, Sort sort) {
        List<CatalogProject> rows = projects.findAll(projectFilter(catalogue, status), scope, sort);
        audit.record("catalog.project.export", PROJECT, null, "rows=" + rows.size());
        return rows;
    }

    private static Specification<CatalogProject> projectFilter(CatalogOwner catalogue, CatalogStatus status) {
        return (root, query, cb) -> cb.and(
                catalogue == null ? cb.conjunction() : catalogue.isProvince() ? cb.isNull(root.get("catalogRegion"))
                        : cb.equal(root.get("catalogRegion"), catalogue.regionCode()),
                status == null ? cb.conjunction() : cb.equal(root.get("status"), status));
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public CatalogProject project(long id, DataScope scope) {
        return projects.getById(id, scope);
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> projectHistory(long id, DataScope scope) {
        return history.steps(PROJECT, projects.getById(id, scope).getId());
    }

    /** Lists a key project in the catalogue the caller keeps; its region and brand lie within the caller's scope. */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional
    public long addProject(ProjectDetails details, DataScope scope) {
        CatalogOwner owner = catalog.keptBy(scope).orElseThrow(() -> new RuleViolation("name", "catalog.owner.none"));
        check(details, scope);
        CatalogProject project = projects.saveAndFlush(new CatalogProject(owner, details));
        history.record(PROJECT, project.getId(), "add", null, CatalogStatus.LISTED, project.getName());
        return project.getId();
    }

    /** Changes a listed project of the caller's catalogue; what changed is kept in its history. */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional
    public void updateProject(long id, long shownVersion, ProjectDetails details, DataScope scope) {
        CatalogProject project = keptListed(id, shownVersion, scope);
        check(details, scope);
        String before = describe(project.details());
        project.write(details);
        projects.saveAndFlush(project);
        history.record(PROJECT, id, "edit", CatalogStatus.LISTED, CatalogStatus.LISTED, before + " → " + describe(details));
    }

    /** Takes a listed project out of its catalogue, with a reason. */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional
    public void removeProject(long id, long shownVersion, String reason, DataScope scope) {
        CatalogProject project = keptListed(id, shownVersion, scope);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "catalog.reason.required");
        }
        project.remove(reason.strip(), clock.instant());
        projects.saveAndFlush(project);
        history.record(PROJECT, id, "remove", CatalogStatus.LISTED, CatalogStatus.REMOVED, reason.strip());
    }

    /** Whether the caller keeps the project's catalogue. */
    public boolean keeps(CatalogProject project, DataScope scope) {
        return project.getOwner().keptBy(scope);
    }

    // ---- the cities' development plans ------------------------------------------------------------------------------

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public BrandDevelopmentPlan plan(long id, DataScope scope) {
        return plans.getById(id, scope);
    }

    /** The names of the brands a plan names, within the caller's scope, by name. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<BrandName> planBrands(long id, DataScope scope) {
        BrandDevelopmentPlan plan = plans.getById(id, scope);
        Set<Long> visible = brands.visible(plan.getBrandIds(), scope);
        return brands.names(visible).values().stream()
                .sorted(Comparator.comparing(BrandName::name)).toList();
    }

    /** Records a development plan of the city whose office the caller is; its brands are the city's. */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional
    public long addPlan(DevelopmentPlanDetails details, DataScope scope) {
        CatalogOwner owner = catalog.keptBy(scope).filter(o -> !o.isProvince())
                .orElseThrow(() -> new RuleViolation("title", "catalog.plan.cityOnly"));
        check(details, scope);
        BrandDevelopmentPlan plan = plans.saveAndFlush(new BrandDevelopmentPlan(owner.regionCode(), details));
        audit.record("catalog.plan.add", PLAN, plan.getId(), plan.getTitle());
        return plan.getId();
    }

    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional
    public void updatePlan(long id, long shownVersion, DevelopmentPlanDetails details, DataScope scope) {
        BrandDevelopmentPlan plan = keptPlan(id, scope);
        plan.requireVersion(shownVersion);
        check(details, scope);
        plan.write(details);
        plans.saveAndFlush(plan);
        audit.record("catalog.plan.update", PLAN, id, plan.getTitle() + " brands=" + details.brandIds().size());
    }

    /** Whether the caller keeps the plan: its city's own office. */
    public boolean keeps(BrandDevelopmentPlan plan, DataScope scope) {
        return CatalogOwner.city(plan.getRegionCode()).keptBy(scope);
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<StoredFile> planDocuments(long id, DataScope scope) {
        return attachments.files(PLAN, plans.getById(id, scope).getId());
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public FileContent planDocument(long id, long attachmentId, DataScope scope) {
        return attachments.content(PLAN, plans.getById(id, scope).getId(), attachmentId);
    }

    /** Keeps the plan's document (PDF or Word, at most 10 MB). */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional
    public long attachPlanDocument(long id, String filename, byte[] content, DataScope scope) {
        BrandDevelopmentPlan plan = keptPlan(id, scope);
        return attachments.store(PLAN, plan.getId(), PLAN_DOCUMENT, filename, content, Set.of(FileType.PDF, FileType.DOCX),
                MAX_DOCUMENT_BYTES, "file").id();
    }

    // ---- rules ----------------------------------------------------------------------------------------------------------

    private void check(ProjectDetails d, DataScope scope) {
        if (d.regionCode() == null || regions.find(d.regionCode()).isEmpty() || !scope.coversRegion(d.regionCode())) {
            throw new RuleViolation("regionCode", "catalog.project.regionOutside");
        }
        if (d.brandId() != null && !brands.visible(List.of(d.brandId()), scope).contains(d.brandId())) {
            throw new RuleViolation("brandId", "catalog.project.unknownBrand");
        }
        if (d.year() < GuidanceCatalogService.FIRST_YEAR || d.year() > catalog.currentYear() + 1) {
            throw new RuleViolation("year", "catalog.year.outOfRange");
        }
    }

    private void check(DevelopmentPlanDetails d, DataScope scope) {
        if (d.issuedOn() == null || d.issuedOn().getYear() < GuidanceCatalogService.FIRST_YEAR
                || d.issuedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("issuedOn", "catalog.plan.issuedOn");
        }
        if (d.firstYear() < GuidanceCatalogService.FIRST_YEAR || d.lastYear() > 2100 || d.lastYear() < d.firstYear()) {
            throw new RuleViolation("lastYear", "catalog.plan.years");
        }
        if (d.brandIds().size() > MAX_PLAN_BRANDS) {
            throw new RuleViolation("brandIds", "catalog.plan.tooManyBrands");
        }
        Set<Long> named = new HashSet<>(d.brandIds());
        if (!brands.visible(named, scope).containsAll(named)) {
            throw new RuleViolation("brandIds", "catalog.plan.unknownBrand");
        }
    }

    private CatalogProject keptListed(long id, long shownVersion, DataScope scope) {
        CatalogProject project = projects.getById(id, scope);
        if (!keeps(project, scope)) {
            throw new RuleViolation("catalog.owner.other");
        }
        project.requireVersion(shownVersion);
        if (!project.isListed()) {
            throw new RuleViolation("catalog.entry.notListed");
        }
        return project;
    }

    private BrandDevelopmentPlan keptPlan(long id, DataScope scope) {
        BrandDevelopmentPlan plan = plans.getById(id, scope);
        if (!keeps(plan, scope)) {
            throw new RuleViolation("catalog.owner.other");
        }
        return plan;
    }

    /** A project's details for its history, as a reader sees them: the region and brand by name. */
    private String describe(ProjectDetails d) {
        String brand = d.brandId() == null ? "" : "，" + Optional.ofNullable(brands.names(List.of(d.brandId())).get(d.brandId()))
                .map(BrandName::name).orElse("品牌#" + d.brandId());
        return d.name() + "（" + regions.name(d.regionCode()) + "，" + d.year() + "，" + d.leadOrganisation() + brand + "）";
    }

    private static Map<String, Long> byRegion(List<RegionCount> counts) {
        return counts.stream().collect(Collectors.toMap(RegionCount::regionCode, RegionCount::count));
    }

    private static long first(List<RegionCount> counts) {
        return counts.isEmpty() ? 0 : counts.get(0).count();
    }
}
