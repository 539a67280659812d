package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.Organisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.platform.organisation.OrganisationFilter;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.registry.brand.BrandName;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guidance catalogues of key brands (二(一)3: 建立重点劳务品牌资源库，形成指导目录，实施动态管理): the province's, and
 * each city's own ({@link CatalogOwner}). The catalogue's office lists a brand for a year with a reason, reviews every
 * entry once a year (kept or removed, with a note) and removes entries with a reason; every step is kept as the entry's
 * history. Everyone who sees brands sees the entries of their brands, in whichever catalogue.
 */
@Service
public class GuidanceCatalogService {

    /** The workflow-history subject of catalogue entries. */
    public static final String SUBJECT = "catalog_entry";
    /** The plan's year: no catalogue is older. */
    public static final int FIRST_YEAR = 2022;

    private final CatalogEntryRepository entries;
    private final CatalogSupportRepository supports;
    private final BrandService brands;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    GuidanceCatalogService(CatalogEntryRepository entries, CatalogSupportRepository supports, BrandService brands,
                           OrganisationService organisations, RegionService regions, WorkflowHistory history, AuditService audit,
                           Clock clock) {
        this.entries = entries;
        this.supports = supports;
        this.brands = brands;
        this.organisations = organisations;
        this.regions = regions;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** The calendar year in Beijing: the year whose review is due. */
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public Page<CatalogEntry> search(CatalogFilter filter, DataScope scope, Pageable pageable) {
        return entries.findAll(filter.toSpecification(), scope, pageable);
    }

    /** The filtered catalogue for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional
    public List<CatalogEntry> export(CatalogFilter filter, DataScope scope, Sort sort) {
        List<CatalogEntry> rows = entries.findAll(filter.toSpecification(), scope, sort);
        audit.record("catalog.export", SUBJECT, null, "rows=" + rows.size());
        return rows;
    }

    /** An entry, or 404 when it does not exist or its brand lies outside the caller's region. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public CatalogEntry get(long id, DataScope scope) {
        return entries.getById(id, scope);
    }

    /**
     * The catalogue the scope keeps: the province's for the province, a city's own for that city's office (a region
     * scope on a prefecture-level unit); none for anyone else (a county, an organisation).
     */
    public Optional<CatalogOwner> keptBy(DataScope scope) {
        if (scope.isProvince()) {
            return Optional.of(CatalogOwner.province());
        }
        if (scope.kind() == DataScope.Kind.REGION
                && regions.find(scope.regionCode()).filter(r -> r.getLevel() == RegionLevel.PREFECTURE).isPresent()) {
            return Optional.of(CatalogOwner.city(scope.regionCode()));
        }
        return Optional.empty();
    }

    /**
     * 动态管理: the listed entries of the catalogue the caller keeps not yet reviewed this year (listed in an earlier
     * year, last reviewed before this one); nothing for one who keeps none.
     */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional(readOnly = true)
    public Page<CatalogEntry> dueForReview(DataScope scope, Pageable pageable) {
        Optional<CatalogOwner> owner = keptBy(scope);
        if (owner.isEmpty()) {
            return Page.empty(pageable);
        }
        return entries.findAll(CatalogFilter.of(owner.get()).and(CatalogFilter.dueForReview(currentYear())), scope, pageable);
    }

    /** Added, reviewed, removed: who, when, why; oldest first. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(SUBJECT, entries.getById(id, scope).getId());
    }

    /**
     * The brand's entry in each catalogue it was ever in — the one in force, else the latest removed one — the
     * province's first; empty when it was never listed.
     */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<CatalogEntry> entriesOfBrand(long brandId, DataScope scope) {
        Map<CatalogOwner, CatalogEntry> latest = new LinkedHashMap<>();
        entries.findAll(CatalogFilter.ofBrand(brandId), scope, Sort.by(Sort.Order.asc("status"), Sort.Order.desc("id")))
                .forEach(e -> latest.putIfAbsent(e.getOwner(), e));
        return latest.values().stream()
                .sorted(Comparator.comparing((CatalogEntry e) -> e.getCatalogRegion() != null).thenComparing(e -> String.valueOf(e.getCatalogRegion())))
                .toList();
    }

    /** Whether the caller may list the brand in the catalogue it keeps now: it keeps one, and the brand is not listed there. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public boolean listable(long brandId, DataScope scope) {
        return keptBy(scope).filter(owner -> !entries.isListed(brandId, owner)).isPresent();
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<SupportingOrganisation> supports(long id, DataScope scope) {
        CatalogEntry entry = entries.getById(id, scope);
        return supports.findByEntryIdOrderByKindAscIdAsc(entry.getId()).stream().map(s -> {
            Optional<OrganisationChoice> organisation = organisations.choice(s.getOrganisationId());
            return new SupportingOrganisation(s.getId(), s.getOrganisationId(),
                    organisation.map(OrganisationChoice::name).orElse("#" + s.getOrganisationId()),
                    organisation.map(OrganisationChoice::regionCode).orElse(null), s.getKind(), s.getNote());
        }).toList();
    }

    /**
     * Up to {@code limit} brands of the caller's scope whose name contains {@code text} and that may be listed: active,
     * and not in the caller's catalogue now. The brand field of the form that lists one.
     */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional(readOnly = true)
    public List<BrandName> candidates(String text, DataScope scope, int limit) {
        Optional<CatalogOwner> owner = keptBy(scope);
        if (owner.isEmpty()) {
            return List.of();
        }
        Specification<CatalogEntry> sameCatalogue = CatalogFilter.of(owner.get());
        Specification<LaborBrand> listable = (root, query, cb) -> {
            Subquery<Long> listed = query.subquery(Long.class);
            Root<CatalogEntry> entry = listed.from(CatalogEntry.class);
            listed.select(entry.get("id")).where(cb.equal(entry.get("brandId"), root.get("id")),
                    cb.equal(entry.get("status"), CatalogStatus.LISTED), sameCatalogue.toPredicate(entry, null, cb));
            return cb.and(cb.equal(root.get("status"), BrandStatus.ACTIVE), cb.not(cb.exists(listed)));
        };
        return brands.candidates(text, listable, scope, limit);
    }

    /**
     * Up to {@code limit} institutions and enterprises of the caller's scope whose name or credit code contains
     * {@code text}: those that may support a listed brand.
     */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional(readOnly = true)
    public List<OrganisationChoice> supporterOptions(String text, DataScope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Stream.of(OrganisationKind.INSTITUTION, OrganisationKind.ENTERPRISE)
                .flatMap(kind -> organisations.search(new OrganisationFilter(text, kind, null), scope,
                        PageRequest.of(0, Math.min(limit, 50), Sort.by("name"))).stream())
                .sorted(Comparator.comparing(Organisation::getName)).limit(limit)
                .map(o -> new OrganisationChoice(o.getId(), o.getName(), o.getKind(), o.getRegionCode())).toList();
    }

    /**
     * Lists an active brand of the caller's scope in the catalogue the caller keeps, for a catalogue year, with a reason;
     * once at a time in each catalogue.
     */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional
    public long add(long brandId, int year, String reason, DataScope scope) {
        CatalogOwner owner = keptBy(scope).orElseThrow(() -> new RuleViolation("brandId", "catalog.owner.none"));
        LaborBrand brand = brands.get(brandId, scope);
        if (brand.getStatus() != BrandStatus.ACTIVE) {
            throw new RuleViolation("brandId", "catalog.brand.inactive");
        }
        if (entries.isListed(brandId, owner)) {
            throw new RuleViolation("brandId", "catalog.brand.alreadyListed");
        }
        if (year < FIRST_YEAR || year > currentYear() + 1) {
            throw new RuleViolation("year", "catalog.year.outOfRange");
        }
        String why = Text.required(reason, "reason", "catalog.reason.required");
        CatalogEntry entry = entries.saveAndFlush(new CatalogEntry(owner, brand, year, why));
        history.record(SUBJECT, entry.getId(), "add", null, CatalogStatus.LISTED, why);
        return entry.getId();
    }

    /** Takes a listed entry out of the catalogue, with a reason. */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional
    public void remove(long id, long shownVersion, String reason, DataScope scope) {
        CatalogEntry entry = listed(id, shownVersion, scope);
        String why = Text.required(reason, "reason", "catalog.reason.required");
        entry.remove(why, clock.instant());
        entries.saveAndFlush(entry);
        history.record(SUBJECT, id, "remove", CatalogStatus.LISTED, CatalogStatus.REMOVED, why);
    }

    /** 动态管理: records this year's review of a listed entry, kept or removed, with a note; once a year. */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional
    public void review(long id, long shownVersion, ReviewOutcome outcome, String note, DataScope scope) {
        CatalogEntry entry = listed(id, shownVersion, scope);
        int year = currentYear();
        if (!entry.isDueForReview(year)) {
            throw new RuleViolation("outcome", "catalog.review.notDue");
        }
        if (outcome == null) {
            throw new RuleViolation("outcome", "catalog.review.outcomeRequired");
        }
        String why = Text.required(note, "note", "catalog.review.noteRequired");
        entry.reviewed(year);
        if (outcome == ReviewOutcome.REMOVE) {
            entry.remove(why, clock.instant());
        }
        entries.saveAndFlush(entry);
        history.record(SUBJECT, id, "review", CatalogStatus.LISTED, entry.getStatus(), why);
    }

    /** Attaches an institution or enterprise of the directory that supports the brand, and how. */
    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional
    public void attachSupport(long id, long organisationId, SupportKind kind, String note, DataScope scope) {
        CatalogEntry entry = kept(entries.getById(id, scope), scope);
        if (!entry.isListed()) {
            throw new RuleViolation("organisationId", "catalog.entry.notListed");
        }
        Organisation organisation;
        try {
            organisation = organisations.get(organisationId, scope);
        } catch (NotFoundException e) {
            throw new RuleViolation("organisationId", "catalog.support.unknownOrganisation");
        }
        if (organisation.getKind().isGovernment()) {
            throw new RuleViolation("organisationId", "catalog.support.wrongKind");
        }
        if (kind == null) {
            throw new RuleViolation("kind", "catalog.support.kindRequired");
        }
        if (supports.existsByEntryIdAndOrganisationIdAndKind(id, organisationId, kind)) {
            throw new RuleViolation("organisationId", "catalog.support.duplicate");
        }
        supports.save(new CatalogSupport(id, organisationId, kind, Text.orNull(note)));
        audit.record("catalog.support.attach", SUBJECT, id, organisation.getName() + " " + kind);
    }

    @PreAuthorize("hasAuthority('catalog:manage')")
    @Transactional
    public void detachSupport(long id, long supportId, DataScope scope) {
        CatalogEntry entry = kept(entries.getById(id, scope), scope);
        CatalogSupport support = supports.findByIdAndEntryId(supportId, entry.getId())
                .orElseThrow(() -> new NotFoundException("catalog support", supportId));
        supports.delete(support);
        audit.record("catalog.support.detach", SUBJECT, id, "organisation=" + support.getOrganisationId() + " " + support.getKind());
    }

    /** Whether the caller keeps the entry's catalogue (its own office: the province's, or the city's own). */
    public boolean keeps(CatalogEntry entry, DataScope scope) {
        return entry.getOwner().keptBy(scope);
    }

    private static CatalogEntry kept(CatalogEntry entry, DataScope scope) {
        if (!entry.getOwner().keptBy(scope)) {
            throw new RuleViolation("catalog.owner.other");
        }
        return entry;
    }

    private CatalogEntry listed(long id, long shownVersion, DataScope scope) {
        CatalogEntry entry = kept(entries.getById(id, scope), scope);
        entry.requireVersion(shownVersion);
        if (!entry.isListed()) {
            throw new RuleViolation("catalog.entry.notListed");
        }
        return entry;
    }
}
