package cn.jilin.laborbrand.registry.brand;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.attachment.FileType;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
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
 * Labor brands (二(一)1–2): city bureaus register the brands of their region, HRSS those of the whole province. A
 * brand's level rises only by designation after an application and falls only by a provincial decision with a reason.
 */
@Service
public class BrandService {

    static final String OWNER_TYPE = "labor_brand";
    static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;

    private final LaborBrandRepository brands;
    private final BrandLevelChangeRepository levelChanges;
    private final AttachmentService attachments;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    BrandService(LaborBrandRepository brands, BrandLevelChangeRepository levelChanges, AttachmentService attachments,
                 RegionService regions, AuditService audit, Clock clock) {
        this.brands = brands;
        this.levelChanges = levelChanges;
        this.attachments = attachments;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public Page<LaborBrand> search(BrandFilter filter, DataScope scope, Pageable pageable) {
        return brands.findAll(filter.toSpecification(), scope, pageable);
    }

    /** Up to {@code limit} brands within the scope whose name contains {@code text}, by name: a type-ahead's answer. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<BrandName> options(String text, DataScope scope, int limit) {
        return candidates(text, null, scope, limit);
    }

    /**
     * Up to {@code limit} brands within the scope whose name contains {@code text} and that meet {@code rule} (a rule
     * of another feature of this module: eligible for an alliance, not yet in the catalogue…), by name; nothing for a
     * blank text. The query of the type-ahead fields that choose a brand.
     */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<BrandName> candidates(String text, Specification<LaborBrand> rule, DataScope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Specification<LaborBrand> named = BrandFilter.nameContains(text);
        return brands.findAll(rule == null ? named : named.and(rule), scope, PageRequest.of(0, Math.min(limit, 50), Sort.by("name", "id")))
                .map(b -> new BrandName(b.getId(), b.getName(), b.getRegionCode(), b.getLevel())).getContent();
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional
    public List<LaborBrand> export(BrandFilter filter, DataScope scope, Sort sort) {
        List<LaborBrand> rows = brands.findAll(filter.toSpecification(), scope, sort);
        audit.record("brand.export", OWNER_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** A brand, or 404 when it does not exist or lies outside the caller's region. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public LaborBrand get(long id, DataScope scope) {
        return brands.getById(id, scope);
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<BrandLevelChange> levelHistory(long id, DataScope scope) {
        return levelChanges.findByBrandIdOrderByDecidedAtAscIdAsc(brands.getById(id, scope).getId());
    }

    /** Registers a brand of a region the caller covers; it starts without a level. */
    @PreAuthorize("hasAuthority('brand:edit')")
    @Transactional
    public long register(BrandDetails details, DataScope scope) {
        requireRegion(details.regionCode(), scope);
        if (brands.existsByRegionCodeAndName(details.regionCode(), details.name().strip())) {
            throw new RuleViolation("name", "brand.name.taken");
        }
        LaborBrand brand = brands.save(new LaborBrand(details));
        audit.record("brand.create", OWNER_TYPE, brand.getId(), brand.getName() + " @" + brand.getRegionCode());
        return brand.getId();
    }

    /** Changes what was entered about a brand, refusing a page that someone else has changed meanwhile. */
    @PreAuthorize("hasAuthority('brand:edit')")
    @Transactional
    public void update(long id, long shownVersion, BrandDetails details, DataScope scope) {
        LaborBrand brand = brands.getById(id, scope);
        brand.requireVersion(shownVersion);
        requireRegion(details.regionCode(), scope);
        if (brands.existsByRegionCodeAndNameAndIdNot(details.regionCode(), details.name().strip(), id)) {
            throw new RuleViolation("name", "brand.name.taken");
        }
        // a city's resource library holds brands of the city only: moving a brand to another prefecture waits for it
        String prefecture = regions.prefectureOf(details.regionCode()).orElse(details.regionCode());
        if (!prefecture.equals(regions.prefectureOf(brand.getRegionCode()).orElse(brand.getRegionCode()))
                && brands.listedInAnotherCitysLibrary(id, prefecture)) {
            throw new RuleViolation("regionCode", "brand.region.listedInCityLibrary");
        }
        BrandDetails before = brand.details();
        brand.apply(details);
        audit.record("brand.edit", OWNER_TYPE, id, describeChange(before, brand.details()));
    }

    /** 动态管理: HRSS lowers a brand's level (or withdraws it) by decision, always with a reason. */
    @PreAuthorize("hasAuthority('brand:level:lower')")
    @Transactional
    public void lowerLevel(long id, long shownVersion, BrandLevel to, String reason, DataScope scope) {
        LaborBrand brand = brands.getById(id, scope);
        brand.requireVersion(shownVersion);
        if (to == null || !brand.getLevel().isAbove(to)) {
            throw new RuleViolation("level", "brand.level.notLower");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "brand.level.reasonRequired");
        }
        recordLevel(brand, to, LevelChangeSource.DECISION, null, null, reason.strip());
    }

    /**
     * The only way up: the designation that ends a successful application. Called by the application workflow, which
     * has checked the caller's right to designate; never from a page. A city or the province designates up to the
     * provincial level ({@code DESIGNATION}); only the ministry makes a brand national ({@code MINISTRY}, with its
     * document number).
     */
    @Transactional
    public void designate(long id, BrandLevel to, LevelChangeSource source, long applicationId, String documentNumber, String reason) {
        boolean byMinistry = source == LevelChangeSource.MINISTRY;
        if (!(byMinistry || source == LevelChangeSource.DESIGNATION) || byMinistry != (to == BrandLevel.NATIONAL)
                || byMinistry == (documentNumber == null)) {
            throw new IllegalArgumentException(source + " cannot raise a brand to " + to + (documentNumber == null ? "" : " by " + documentNumber));
        }
        LaborBrand brand = brands.getById(id, DataScope.province());
        if (!to.isAbove(brand.getLevel())) {
            throw new RuleViolation("brand.level.notHigher");
        }
        recordLevel(brand, to, source, applicationId, documentNumber, reason);
    }

    /**
     * 二(一)1: the figures of an accepted survey return become the brand's own (maturity, workforce, income, trained,
     * certified); everything else, the level above all, stays. Called by the survey workflow when HRSS accepts a
     * return, in its transaction; audited when something changed.
     */
    @PreAuthorize("hasAuthority('survey:manage')")
    @Transactional
    public void applySurveyFigures(long id, BrandMaturity maturity, int workforceSize, BigDecimal annualLaborIncome,
                                   int trainedCount, int certifiedCount, String source, DataScope scope) {
        LaborBrand brand = brands.getById(id, scope);
        BrandDetails before = brand.details();
        brand.apply(new BrandDetails(before.name(), before.regionCode(), before.scope(), before.type(), before.industry(),
                before.occupations(), maturity, workforceSize, annualLaborIncome, trainedCount, certifiedCount,
                before.brandLeader(), before.trademarkNumber(), before.story(), before.status()));
        if (!before.equals(brand.details())) {
            audit.record("brand.survey", OWNER_TYPE, id, source + ": " + describeChange(before, brand.details()));
        }
    }

    /** Replaces the logo with a JPEG or PNG of at most 2 MB (type read from the bytes). */
    @PreAuthorize("hasAuthority('brand:edit')")
    @Transactional
    public void replaceLogo(long id, String filename, byte[] content, DataScope scope) {
        LaborBrand brand = brands.getById(id, scope);
        Long previous = brand.getLogoAttachmentId();
        long stored = attachments.store(OWNER_TYPE, id, "logo", filename, content, Set.of(FileType.JPEG, FileType.PNG),
                MAX_LOGO_BYTES, "logo").id();
        brand.setLogo(stored);
        brands.saveAndFlush(brand);
        if (previous != null) {
            attachments.delete(OWNER_TYPE, id, previous);
        }
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public Optional<FileContent> logo(long id, DataScope scope) {
        LaborBrand brand = brands.getById(id, scope);
        return Optional.ofNullable(brand.getLogoAttachmentId()).map(a -> attachments.content(OWNER_TYPE, id, a));
    }

    /**
     * Names, regions and levels of brands by id, for lists of records the caller has already loaded within their scope
     * (applications, catalogue entries).
     */
    @Transactional(readOnly = true)
    public Map<Long, BrandName> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return brands.findNamesByIdIn(ids).stream().collect(Collectors.toMap(BrandName::id, n -> n));
    }

    /** Which of these brands lie within the scope (for marks shown beside brands, such as their credit rating). */
    @Transactional(readOnly = true)
    public Set<Long> visible(Collection<Long> ids, DataScope scope) {
        return brands.idsWithin(ids, scope);
    }

    /**
     * 二(一)2: the active brands of one type whose home region is one of {@code regionCodes}, within the scope, by name (the
     * livelihood view asks for the 民生保障型 brands of the areas the plan targets); one query.
     */
    @Transactional(readOnly = true)
    public List<BrandName> activeOfTypeIn(BrandType type, Collection<String> regionCodes, DataScope scope) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        Specification<LaborBrand> rule = (root, query, cb) -> cb.and(cb.equal(root.get("type"), type),
                cb.equal(root.get("status"), BrandStatus.ACTIVE), root.get("regionCode").in(regionCodes));
        return brands.findAll(rule, scope, Sort.by("name", "id")).stream()
                .map(b -> new BrandName(b.getId(), b.getName(), b.getRegionCode(), b.getLevel())).toList();
    }

    /**
     * Every active brand's name, region and level, for choosing the brand a base grows or a course serves (a brand's
     * name is public; bases and courses may serve brands of other regions, industry brands above all).
     */
    @Transactional(readOnly = true)
    public List<BrandName> choices() {
        return brands.findActiveNames();
    }

    /** Counts for the plan's targets; see {@link BrandMetrics}. */
    @Transactional(readOnly = true)
    List<BrandCount> designatedCounts() {
        return brands.countDesignated();
    }

    /**
     * Records a level a brand was designated at before the platform existed (a national brand of the ministry's list,
     * say), with its basis: once, by the province, on a brand that has no level yet. Raising a level on the platform is
     * {@link #designate}'s, after an application.
     */
    @PreAuthorize("hasAuthority('brand:level:lower')")
    @Transactional
    public void recordLevelHeld(long id, BrandLevel level, String basis, DataScope scope) {
        LaborBrand brand = brands.getById(id, scope);
        if (!scope.isProvince() || level == null || !level.isDesignated() || brand.getLevel().isDesignated()
                || !levelChanges.findByBrandIdOrderByDecidedAtAscIdAsc(id).isEmpty()) {
            throw new RuleViolation("level", "brand.level.held");
        }
        if (basis == null || basis.isBlank()) {
            throw new RuleViolation("reason", "brand.level.reasonRequired");
        }
        recordLevel(brand, level, LevelChangeSource.REGISTRATION, null, null, basis.strip());
    }

    private void recordLevel(LaborBrand brand, BrandLevel to, LevelChangeSource source, Long applicationId, String documentNumber,
                             String reason) {
        BrandLevel from = brand.getLevel();
        AuditActor actor = AuditActor.current();
        brand.changeLevel(to);
        brands.saveAndFlush(brand);
        levelChanges.save(new BrandLevelChange(brand.getId(), from, to, source, applicationId, reason, documentNumber, actor.accountId(),
                actor.username(), clock.instant()));
        audit.record("brand.level", OWNER_TYPE, brand.getId(), from + "→" + to + " (" + source + ") " + reason);
    }

    private void requireRegion(String regionCode, DataScope scope) {
        if (regions.find(regionCode).isEmpty()) {
            throw new RuleViolation("regionCode", "brand.region.unknown");
        }
        if (!scope.coversRegion(regionCode)) {
            throw new RuleViolation("regionCode", "brand.region.outOfScope");
        }
    }

    private static String describeChange(BrandDetails before, BrandDetails after) {
        StringBuilder changed = new StringBuilder();
        var components = BrandDetails.class.getRecordComponents();
        for (var component : components) {
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!java.util.Objects.equals(a, b)) {
                    changed.append(component.getName()).append(": ").append(a).append(" → ").append(b).append("; ");
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed.length() == 0 ? "no change" : changed.toString();
    }
}
