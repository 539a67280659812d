package cn.jilin.laborbrand.registry.standard;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.RecordChanges;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Brand standards (二(二)3: 健全劳务品牌质量标准体系和诚信评价体系，鼓励社会团体制定劳务品牌质量和评价标准，推行行业协会诚信承诺制度).
 * The register has no region: HRSS keeps it, and every holder of {@code standard:view} of the province or a region reads
 * all of it (other scopes read nothing).
 */
@Service
public class BrandStandardService {

    static final String OWNER_TYPE = "brand_standard";

    private final BrandStandardRepository standards;
    private final BrandService brands;
    private final AuditService audit;
    private final WorkflowHistory history;
    private final EntityManager entityManager;
    private final Clock clock;

    BrandStandardService(BrandStandardRepository standards, BrandService brands, AuditService audit, WorkflowHistory history,
                         EntityManager entityManager, Clock clock) {
        this.standards = standards;
        this.brands = brands;
        this.audit = audit;
        this.history = history;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('standard:view')")
    @Transactional(readOnly = true)
    public Page<StandardSummary> search(StandardFilter filter, DataScope scope, Pageable pageable) {
        Page<BrandStandard> page = standards.findAll(filter.toSpecification().and(within(scope)), pageable);
        Map<Long, List<String>> names = brandNames(page.getContent().stream().map(BrandStandard::getId).toList());
        return page.map(s -> new StandardSummary(s, names.getOrDefault(s.getId(), List.of())));
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('standard:view')")
    @Transactional
    public List<StandardSummary> export(StandardFilter filter, DataScope scope, Sort sort) {
        List<BrandStandard> found = standards.findAll(filter.toSpecification().and(within(scope)), sort);
        Map<Long, List<String>> names = brandNames(found.stream().map(BrandStandard::getId).toList());
        audit.record("standard.export", OWNER_TYPE, null, "rows=" + found.size());
        return found.stream().map(s -> new StandardSummary(s, names.getOrDefault(s.getId(), List.of()))).toList();
    }

    /** A standard, or 404 when it does not exist or the scope reads none. */
    @PreAuthorize("hasAuthority('standard:view')")
    @Transactional(readOnly = true)
    public BrandStandard get(long id, DataScope scope) {
        Specification<BrandStandard> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        BrandStandard found = standards.findAll(byId.and(within(scope)), Sort.unsorted()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("standard", id));
        found.details();
        return found;
    }

    @PreAuthorize("hasAuthority('standard:view')")
    @Transactional(readOnly = true)
    public StandardView view(long id, DataScope scope) {
        BrandStandard standard = get(id, scope);
        List<BrandName> covered = brands.names(standard.details().brandIds()).values().stream()
                .sorted(Comparator.comparing(BrandName::name)).toList();
        return new StandardView(standard, covered);
    }

    // 二(二)3: the province registers a standard (or a credit commitment system) for brands of its scope
    @PreAuthorize("hasAuthority('standard:manage')")
    @Transactional
    public long create(StandardDetails details, DataScope scope) {
        check(details, null, scope);
        BrandStandard standard = standards.saveAndFlush(new BrandStandard(details));
        history.record(OWNER_TYPE, standard.getId(), "create", null, details.status(), details.title());
        return standard.getId();
    }

    /** Changes a standard (withdrawing it included), refusing a stale page. */
    @PreAuthorize("hasAuthority('standard:manage')")
    @Transactional
    public void update(long id, long shownVersion, StandardDetails details, DataScope scope) {
        BrandStandard standard = get(id, scope);
        standard.requireVersion(shownVersion);
        check(details, id, scope);
        StandardDetails before = standard.details();
        standard.apply(details);
        standards.saveAndFlush(standard);
        String action = before.status() == details.status() ? "edit" : details.status() == StandardStatus.WITHDRAWN ? "withdraw" : "reinstate";
        List<String> changes = RecordChanges.between(describe(before), describe(details), Set.of());
        if (!changes.isEmpty() || before.status() != details.status()) {
            history.record(OWNER_TYPE, id, action, before.status(), details.status(), String.join("；", changes));
        }
    }

    /** A standard's history (registered, changed, withdrawn), oldest first, after the scope check. */
    @PreAuthorize("hasAuthority('standard:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(OWNER_TYPE, get(id, scope).getId());
    }

    /** A standard field by field as its history tells it, the brands by name. */
    private Map<String, String> describe(StandardDetails d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("标题", d.title());
        fields.put("编号", d.number() == null ? null : d.number().strip());
        fields.put("发布单位", d.issuingBody());
        fields.put("发布日期", String.valueOf(d.issuedOn()));
        fields.put("实施日期", String.valueOf(d.effectiveFrom()));
        fields.put("废止日期", d.withdrawnOn() == null ? null : d.withdrawnOn().toString());
        fields.put("品牌", brands.names(d.brandIds()).values().stream().map(BrandName::name).sorted().collect(Collectors.joining("、")));
        return fields;
    }

    /** The id of a standard by title, for idempotent provisioning. */
    @PreAuthorize("hasAuthority('standard:view')")
    @Transactional(readOnly = true)
    public java.util.Optional<Long> idByTitle(String title, DataScope scope) {
        Specification<BrandStandard> byTitle = (root, query, cb) -> cb.equal(root.get("title"), title);
        return standards.findAll(byTitle.and(within(scope)), Sort.unsorted()).stream().findFirst().map(BrandStandard::getId);
    }

    /** Province and regions read the whole register; other scopes nothing. */
    static Specification<BrandStandard> within(DataScope scope) {
        return (root, query, cb) -> switch (scope.kind()) {
            case PROVINCE, REGION -> cb.conjunction();
            default -> cb.disjunction();
        };
    }

    private void check(StandardDetails d, Long id, DataScope scope) {
        if (d.kind() == null) {
            throw new RuleViolation("kind", "standard.kind.required");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw new RuleViolation("title", "standard.title.required");
        }
        boolean hasNumber = d.number() != null && !d.number().isBlank();
        if (d.kind().needsNumber() && !hasNumber) {
            throw new RuleViolation("number", "standard.number.required");
        }
        if (hasNumber) {
            String number = d.number().strip();
            Specification<BrandStandard> same = (root, query, cb) -> id == null
                    ? cb.and(cb.equal(root.get("kind"), d.kind()), cb.equal(root.get("number"), number))
                    : cb.and(cb.equal(root.get("kind"), d.kind()), cb.equal(root.get("number"), number), cb.notEqual(root.get("id"), id));
            if (standards.count(same) > 0) {
                throw new RuleViolation("number", "standard.number.taken");
            }
        }
        if (d.issuingBody() == null || d.issuingBody().isBlank()) {
            throw new RuleViolation("issuingBody", "standard.issuingBody.required");
        }
        if (d.kind().needsNumber() && d.brandIds().isEmpty()) {
            throw new RuleViolation("brandIds", "standard.brands.required");
        }
        if (d.brandIds().size() > 50 || !brands.visible(d.brandIds(), scope).containsAll(d.brandIds())) {
            throw new RuleViolation("brandIds", "standard.brands.outOfScope");
        }
        LocalDate today = LocalDate.now(clock);
        if (d.issuedOn() == null) {
            throw new RuleViolation("issuedOn", "standard.issuedOn.required");
        }
        if (d.issuedOn().isAfter(today)) {
            throw new RuleViolation("issuedOn", "standard.date.future");
        }
        if (d.effectiveFrom() == null) {
            throw new RuleViolation("effectiveFrom", "standard.effectiveFrom.required");
        }
        if (d.effectiveFrom().isBefore(d.issuedOn())) {
            throw new RuleViolation("effectiveFrom", "standard.effectiveFrom.beforeIssue");
        }
        if (d.status() == null) {
            throw new RuleViolation("status", "standard.status.required");
        }
        if (d.status() == StandardStatus.WITHDRAWN) {
            if (d.withdrawnOn() == null) {
                throw new RuleViolation("withdrawnOn", "standard.withdrawnOn.required");
            }
            if (d.withdrawnOn().isBefore(d.issuedOn())) {
                throw new RuleViolation("withdrawnOn", "standard.withdrawnOn.beforeIssue");
            }
            if (d.withdrawnOn().isAfter(today)) {
                throw new RuleViolation("withdrawnOn", "standard.date.future");
            }
        }
    }

    /** The names of the brands the listed standards cover, in one query for the page. */
    private Map<Long, List<String>> brandNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createQuery(
                "select s.id, b from BrandStandard s join s.brandIds b where s.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        Set<Long> brandIds = new HashSet<>();
        rows.forEach(r -> brandIds.add((Long) r[1]));
        Map<Long, BrandName> names = brands.names(brandIds);
        Map<Long, List<String>> result = new HashMap<>();
        for (Object[] r : rows) {
            BrandName name = names.get((Long) r[1]);
            if (name != null) {
                result.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>()).add(name.name());
            }
        }
        result.values().forEach(l -> l.sort(Comparator.naturalOrder()));
        return result.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
