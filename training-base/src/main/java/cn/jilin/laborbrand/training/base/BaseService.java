package cn.jilin.laborbrand.training.base;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.institution.Institution;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cultivation bases (二(一)2: each city 1–2; 一、工作目标: 15+ provincial). City bureaus register the bases of their
 * region and designate them 市级 or recommend them to HRSS, which designates them 省级; each year the designating
 * authority evaluates them. Every step is a transition of {@link BaseAction}, written to the workflow history.
 */
@Service
public class BaseService {

    private final CultivationBaseRepository bases;
    private final InstitutionService institutions;
    private final BrandService brands;
    private final RegionService regions;
    private final WorkflowHistory history;
    private final PersonalDataCipher cipher;
    private final AuditService audit;
    private final Clock clock;

    BaseService(CultivationBaseRepository bases, InstitutionService institutions, BrandService brands, RegionService regions,
                WorkflowHistory history, PersonalDataCipher cipher, AuditService audit, Clock clock) {
        this.bases = bases;
        this.institutions = institutions;
        this.brands = brands;
        this.regions = regions;
        this.history = history;
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

    /** The bases the caller may see, for choosing one in a course form. */
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public List<CultivationBase> choices(DataScope scope) {
        return bases.findAll(null, scope, Sort.by("name"));
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
     * pending bases (the province sees all eleven, a city its own).
     */
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public List<CityCoverage> coverage(DataScope scope) {
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
                rows.add(new CityCoverage(prefecture.getCode(), prefecture.getName(), c[0], c[1], c[2]));
            }
        }
        return rows;
    }

    /** The actions the signed-in user may take on the base now. */
    public List<BaseAction> availableActions(CultivationBase base) {
        return Arrays.stream(BaseAction.values()).filter(a -> a.allows(base) && holds(a.permission(base))).toList();
    }

    // ---- writing ------------------------------------------------------------------------------------------------------

    /** Registers a base of a region the caller covers, run by an institution the caller sees; it starts unranked. */
    @PreAuthorize("hasAuthority('base:edit')")
    @Transactional
    public long register(BaseDetails details, DataScope scope) {
        return create(details, scope, false);
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
     * Takes a step of the designation workflow: refused for the state (rule violation), for the role (403), or for a
     * stale page (409). Evaluations need a reason and happen once a year (again only after a rectification).
     */
    @PreAuthorize("hasAuthority('base:city:decide') or hasAuthority('base:province:decide')")
    @Transactional
    public void take(long id, long shownVersion, BaseAction action, String comment, DataScope scope) {
        CultivationBase base = bases.getById(id, scope);
        base.requireVersion(shownVersion);
        requireAction(base, action);
        String reason = comment == null || comment.isBlank() ? null : comment.strip();
        if (action.isReasonRequired() && reason == null) {
            throw new RuleViolation("comment", "base.reasonRequired");
        }
        int year = LocalDate.now(clock).getYear();
        if (action.isEvaluation() && base.getState() != BaseState.RECTIFYING && Integer.valueOf(year).equals(base.getEvaluationYear())) {
            throw new RuleViolation("base.evaluation.alreadyThisYear");
        }
        move(base, action, reason);
        if (action.isEvaluation()) {
            base.evaluated(year, action);
            bases.saveAndFlush(base);
        }
    }

    /** Registers a base with made-up details for the demo, marked as such, and takes it to a level; once. */
    @PreAuthorize("hasAuthority('demo:provision')")
    @Transactional
    public boolean registerDemo(BaseDetails details, BaseLevel level) {
        if (bases.existsByRegionCodeAndName(details.regionCode(), details.name())) {
            return false;
        }
        long id = create(details, DataScope.province(), true);
        CultivationBase base = bases.getById(id, DataScope.province());
        if (level == BaseLevel.MUNICIPAL || level == BaseLevel.PROVINCIAL) {
            forceMove(base, BaseAction.DESIGNATE_MUNICIPAL, "演示数据");
        }
        if (level == BaseLevel.PROVINCIAL) {
            forceMove(base, BaseAction.RECOMMEND, "演示数据");
            forceMove(base, BaseAction.DESIGNATE_PROVINCIAL, "演示数据");
        }
        return true;
    }

    /** Counts for the plan's targets; see {@link BaseMetrics}. */
    @Transactional(readOnly = true)
    List<Object[]> designatedCounts() {
        return bases.countDesignated();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private long create(BaseDetails details, DataScope scope, boolean demo) {
        if (bases.existsByRegionCodeAndName(details.regionCode(), strip(details.name()))) {
            throw new RuleViolation("name", "base.name.taken");
        }
        CultivationBase base = new CultivationBase(demo);
        write(base, details, scope);
        bases.saveAndFlush(base);
        history.record(CultivationBase.SUBJECT_TYPE, base.getId(), "register", null, BaseState.REGISTERED, demo ? "演示数据" : null);
        return base.getId();
    }

    private void write(CultivationBase base, BaseDetails d, DataScope scope) {
        String name = required(d.name(), "name");
        if (d.regionCode() == null || regions.find(d.regionCode()).isEmpty()) {
            throw new RuleViolation("regionCode", "base.region.unknown");
        }
        if (!scope.coversRegion(d.regionCode())) {
            throw new RuleViolation("regionCode", "base.region.outOfScope");
        }
        if (d.institutionId() == null) {
            throw new RuleViolation("institutionId", "NotNull");
        }
        Institution institution;
        try {
            institution = institutions.get(d.institutionId(), scope);
        } catch (cn.jilin.laborbrand.platform.NotFoundException e) {
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
        base.write(name, institution.getId(), institution.getOrganisationId(), brandIds, d.regionCode(), required(d.address(), "address"),
                d.capacity(), d.facilities() == null || d.facilities().isBlank() ? null : d.facilities().strip(),
                required(d.contactName(), "contactName"),
                InstitutionService.phoneCipher(d.contactPhone(), base.getContactPhoneCipher(), cipher));
    }

    private void move(CultivationBase base, BaseAction action, String comment) {
        BaseState from = base.getState();
        BaseState to = action.to(base);
        base.moveTo(to, levelAfter(base, action), clock.instant());
        bases.saveAndFlush(base);
        history.record(CultivationBase.SUBJECT_TYPE, base.getId(), action.slug(), from, to, comment);
    }

    /** The demo's path through the ordinary transitions, without the role checks (it holds only demo:provision). */
    private void forceMove(CultivationBase base, BaseAction action, String comment) {
        if (!action.allows(base)) {
            throw new IllegalStateException(action + " not allowed in " + base.getState());
        }
        move(base, action, comment);
    }

    private static BaseLevel levelAfter(CultivationBase base, BaseAction action) {
        return switch (action) {
            case DESIGNATE_MUNICIPAL -> BaseLevel.MUNICIPAL;
            case DESIGNATE_PROVINCIAL -> BaseLevel.PROVINCIAL;
            case REVOKE -> BaseLevel.NONE;
            default -> base.getLevel();
        };
    }

    private void requireAction(CultivationBase base, BaseAction action) {
        if (action == null || !action.allows(base)) {
            throw new RuleViolation("base.transition.notAllowed");
        }
        if (!holds(action.permission(base))) {
            throw new AccessDeniedException(action + " needs " + action.permission(base));
        }
    }

    private static boolean holds(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(permission::equals);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "NotBlank");
        }
        return value.strip();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
