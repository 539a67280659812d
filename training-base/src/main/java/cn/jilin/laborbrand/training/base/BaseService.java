package cn.jilin.laborbrand.training.base;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.region.CityBand;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.Workflow;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.institution.Institution;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cultivation bases (二(一)2: each city 1–2; 一、工作目标: 15+ provincial). City bureaus register the bases of their
 * region and designate them 市级 or recommend them to HRSS, which designates them 省级; each year the designating
 * authority evaluates them. Every step is a transition of {@link BaseWorkflow}'s table, taken by the one workflow
 * operation, which writes it to the history.
 */
@Service
public class BaseService {

    private final CultivationBaseRepository bases;
    private final InstitutionService institutions;
    private final BrandService brands;
    private final RegionService regions;
    private final WorkflowHistory history;
    private final Workflows workflows;
    private final PersonalDataCipher cipher;
    private final AuditService audit;
    private final Clock clock;

    BaseService(CultivationBaseRepository bases, InstitutionService institutions, BrandService brands, RegionService regions,
                WorkflowHistory history, Workflows workflows, PersonalDataCipher cipher, AuditService audit, Clock clock) {
        this.bases = bases;
        this.institutions = institutions;
        this.brands = brands;
        this.regions = regions;
        this.history = history;
        this.workflows = workflows;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------------

    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public Page<CultivationBase> search(BaseFilter filter, DataScope scope, Pageable pageable) {
        return bases.findAll(filter.toSpecification(), scope, pageable);
    }

    @PreAuthorize("hasAuthority('base:view')")
    @Transactional
    public List<CultivationBase> export(BaseFilter filter, DataScope scope, Sort sort) {
        List<CultivationBase> rows = bases.findAll(filter.toSpecification(), scope, sort);
        audit.record("base.export", CultivationBase.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** A base, or 404 when it does not exist or lies outside the caller's scope. */
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public CultivationBase get(long id, DataScope scope) {
        return bases.getById(id, scope);
    }

    /** The names of those of these bases that lie within the scope, by id (a form shows the base it has chosen). */
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        bases.findAll((root, q, cb) -> root.get("id").in(ids), scope, Sort.unsorted()).forEach(b -> names.put(b.getId(), b.getName()));
        return names;
    }

    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(CultivationBase.SUBJECT_TYPE, bases.getById(id, scope).getId());
    }

    public String maskedPhone(CultivationBase base) {
        return Masking.phone(cipher.decrypt(base.getContactPhoneCipher()));
    }

    @Transactional(readOnly = true)
    public Map<Long, BrandName> brandNames(Collection<Long> ids) {
        return brands.names(ids);
    }

    /**
     * 二(一)2, each city 1–2 bases: every prefecture-level unit the caller's scope reaches, with its designated and
     * pending bases and where it stands against {@code band} (the province sees all eleven, a city its own). The band is
     * the plan's target row, which this module cannot read (governance keeps it): the caller passes it in.
     */
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public List<CityCoverage> coverage(DataScope scope, CityBand band) {
        Map<String, long[]> counts = new HashMap<>();
        for (CultivationBase base : bases.findAll(null, scope, Sort.unsorted())) {
            Optional<String> prefecture = regions.prefectureOf(base.getRegionCode());
            if (prefecture.isEmpty()) {
                continue;
            }
            long[] c = counts.computeIfAbsent(prefecture.get(), k -> new long[3]);
            if (base.isDesignated()) {
                c[base.getLevel() == BaseLevel.PROVINCIAL ? 1 : 0]++;
            } else if (base.getState() == BaseState.REGISTERED || base.getState() == BaseState.RECOMMENDED) {
                c[2]++;
            }
        }
        List<CityCoverage> rows = new ArrayList<>();
        for (Region prefecture : regions.prefectures()) {
            if (scope.isProvince() || scope.coversRegion(prefecture.getCode()) || counts.containsKey(prefecture.getCode())) {
                long[] c = counts.getOrDefault(prefecture.getCode(), new long[3]);
                rows.add(new CityCoverage(prefecture.getCode(), prefecture.getName(), c[0], c[1], c[2], band.standing(prefecture, c[0] + c[1])));
            }
        }
        return rows;
    }

    /** The steps the signed-in user may take on the base now: the buttons of its page. */
    public List<BaseStep> availableActions(CultivationBase base) {
        return workflows.available(BaseWorkflow.TABLE, base).stream()
                .map(a -> new BaseStep(a, Workflow.slug(a), BaseWorkflow.TABLE.transition(a).reasonRequired())).toList();
    }

    /** The step a URL segment names ({@code designate-provincial}), or 404 for a segment that names none. */
    public BaseAction action(String slug) {
        return BaseWorkflow.TABLE.action(slug).orElseThrow(() -> new NotFoundException("base action", slug));
    }

    /** Up to {@code limit} bases within the scope whose name contains {@code text}, by name: a type-ahead's answer. */
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public List<CultivationBase> options(String text, DataScope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return bases.findAll(new BaseFilter(null, null, null, text).toSpecification(), scope,
                PageRequest.of(0, Math.min(limit, 50), Sort.by("name"))).getContent();
    }

    // ---- writing ------------------------------------------------------------------------------------------------------

    /** Registers a base of a region the caller covers, run by an institution the caller sees; it starts unranked. */
    @PreAuthorize("hasAuthority('base:edit')")
    @Transactional
    public long register(BaseDetails details, DataScope scope) {
        return create(details, scope);
    }

    /** Changes what was entered about a base (not its level or state), refusing a stale page. */
    @PreAuthorize("hasAuthority('base:edit')")
    @Transactional
    public void update(long id, long shownVersion, BaseDetails details, DataScope scope) {
        CultivationBase base = bases.getById(id, scope);
        base.requireVersion(shownVersion);
        if (base.getState() == BaseState.REVOKED) {
            throw new RuleViolation("base.revoked.readOnly");
        }
        if (bases.existsByRegionCodeAndNameAndIdNot(details.regionCode(), strip(details.name()), id)) {
            throw new RuleViolation("name", "base.name.taken");
        }
        write(base, details, scope);
        bases.saveAndFlush(base);
        audit.record("base.edit", CultivationBase.SUBJECT_TYPE, id, base.getName());
    }

    /**
     * Takes a step of the designation workflow ({@link BaseWorkflow}): refused for the state (rule violation), for the
     * role (403), or for a stale page (409). A designation sets the level, a revocation takes it; evaluations need a
     * reason and happen once a year (again only after a rectification).
     */
    @PreAuthorize("hasAuthority('base:city:decide') or hasAuthority('base:province:decide')")
    @Transactional
    public void take(long id, long shownVersion, BaseAction action, String comment, DataScope scope) {
        CultivationBase base = bases.getById(id, scope);
        boolean rectifying = base.getState() == BaseState.RECTIFYING;
        String reason = Text.orNull(comment);
        workflows.take(BaseWorkflow.TABLE, action, base, shownVersion, reason);
        int year = LocalDate.now(clock).getYear();
        if (BaseWorkflow.EVALUATIONS.contains(action)) {
            // refused after the workflow's own checks, so that a stale page or a missing right answers first; rolled back
            if (!rectifying && Integer.valueOf(year).equals(base.getEvaluationYear())) {
                throw new RuleViolation("base.evaluation.alreadyThisYear");
            }
            base.evaluated(year, action);
        }
        base.rank(BaseWorkflow.levelAfter(action, base.getLevel()), clock.instant());
        bases.saveAndFlush(base);
    }

    /** Counts for the plan's targets; see {@link BaseMetrics}. */
    @Transactional(readOnly = true)
    List<DesignatedCount> designatedCounts() {
        return bases.countDesignated();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private long create(BaseDetails details, DataScope scope) {
        if (bases.existsByRegionCodeAndName(details.regionCode(), strip(details.name()))) {
            throw new RuleViolation("name", "base.name.taken");
        }
        CultivationBase base = new CultivationBase();
        write(base, details, scope);
        bases.saveAndFlush(base);
        history.record(CultivationBase.SUBJECT_TYPE, base.getId(), "register", null, BaseState.REGISTERED, null);
        return base.getId();
    }

    private void write(CultivationBase base, BaseDetails d, DataScope scope) {
        String name = Text.required(d.name(), "name");
        regions.checkWithin(d.regionCode(), scope);
        if (d.institutionId() == null) {
            throw new RuleViolation("institutionId", "NotNull");
        }
        Institution institution;
        try {
            institution = institutions.get(d.institutionId(), scope);
        } catch (NotFoundException e) {
            throw new RuleViolation("institutionId", "base.institution.unknown");
        }
        List<Long> brandIds = d.brandIds() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(d.brandIds()));
        if (brandIds.isEmpty()) {
            throw new RuleViolation("brandIds", "base.brands.required");
        }
        if (brands.names(brandIds).size() != brandIds.size()) {
            throw new RuleViolation("brandIds", "base.brands.unknown");
        }
        if (d.capacity() == null || d.capacity() < 0) {
            throw new RuleViolation("capacity", "NotNull");
        }
        base.write(name, institution.getId(), institution.getOrganisationId(), brandIds, d.regionCode(), Text.required(d.address(), "address"),
                d.capacity(), Text.orNull(d.facilities()),
                Text.required(d.contactName(), "contactName"),
                InstitutionService.phoneCipher(d.contactPhone(), base.getContactPhoneCipher(), cipher));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
