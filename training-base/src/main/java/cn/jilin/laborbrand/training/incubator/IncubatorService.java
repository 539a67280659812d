package cn.jilin.laborbrand.training.incubator;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.RecordChanges;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/** 二(三)1: the register of incubation carriers (返乡入乡创业园, 创业孵化基地 …) that host brand start-ups, by region. */
@Service
public class IncubatorService {

    /** The largest space one carrier may give (m²), far beyond any real park: a typo, not a park. */
    static final BigDecimal MAX_SPACE = new BigDecimal("9999999999.99");

    private final IncubatorRepository incubators;
    private final RegionService regions;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final WorkflowHistory history;

    IncubatorService(IncubatorRepository incubators, RegionService regions, OrganisationService organisations, AuditService audit,
                     WorkflowHistory history) {
        this.incubators = incubators;
        this.regions = regions;
        this.organisations = organisations;
        this.audit = audit;
        this.history = history;
    }

    /** The filtered page of carriers within the caller's scope. */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public Page<Incubator> search(IncubatorFilter filter, DataScope scope, Pageable pageable) {
        return incubators.findAll(filter.toSpecification(), scope, pageable);
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional
    public List<Incubator> export(IncubatorFilter filter, DataScope scope) {
        List<Incubator> rows = incubators.findAll(filter.toSpecification(), scope, Sort.by("regionCode", "name", "id"));
        audit.record("incubator.export", Incubator.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** A carrier, or 404 when it does not exist or lies outside the caller's scope. */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public Incubator get(long id, DataScope scope) {
        return incubators.getById(id, scope);
    }

    /** A carrier's history (registered, changed), oldest first, after the scope check. */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(Incubator.SUBJECT_TYPE, incubators.getById(id, scope).getId());
    }

    /** A carrier within the caller's scope, if there is one of this id (for a start-up's choice). */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public Optional<Incubator> find(long id, DataScope scope) {
        return incubators.findById(id, scope);
    }

    /** Every carrier within the scope, by region and name: the choices of a start-up's form. */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public List<Incubator> choices(DataScope scope) {
        return incubators.findAll(null, scope, Sort.by("regionCode", "name", "id"));
    }

    /** Names of the carriers by id, of those within the scope (a list of start-ups names where each is incubated). */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Specification<Incubator> in = (root, q, cb) -> root.get("id").in(ids);
        return incubators.findAll(in, scope, Sort.by("id")).stream().collect(Collectors.toMap(Incubator::getId, Incubator::getName));
    }

    /** Recognised carriers whose year is missing, within the scope (the work list). */
    @PreAuthorize("hasAuthority('startup:view')")
    @Transactional(readOnly = true)
    public List<Incubator> recognisedWithoutYear(DataScope scope, int limit) {
        Specification<Incubator> missing = (root, q, cb) -> cb.and(cb.isTrue(root.get("provincialExcellent")), cb.isNull(root.get("recognisedYear")));
        return incubators.findAll(missing, scope, org.springframework.data.domain.PageRequest.of(0, limit, Sort.by("id"))).getContent();
    }

    /** Registers a carrier in a region of the caller's scope. */
    @PreAuthorize("hasAuthority('startup:manage')")
    @Transactional
    public long register(IncubatorDetails details, DataScope scope) {
        check(details, scope);
        if (incubators.existsByRegionCodeAndName(details.regionCode(), details.name().strip())) {
            throw new RuleViolation("name", "incubator.name.taken");
        }
        Incubator incubator = new Incubator();
        incubator.write(details);
        incubators.saveAndFlush(incubator);
        history.recordChange(Incubator.SUBJECT_TYPE, incubator.getId(), "create", incubator.getName());
        return incubator.getId();
    }

    /** Changes a carrier the caller may see, on the version the page was shown with. */
    @PreAuthorize("hasAuthority('startup:manage')")
    @Transactional
    public void update(long id, long shownVersion, IncubatorDetails details, DataScope scope) {
        Incubator incubator = incubators.getById(id, scope);
        incubator.requireVersion(shownVersion);
        check(details, scope);
        if (incubators.existsByRegionCodeAndNameAndIdNot(details.regionCode(), details.name().strip(), id)) {
            throw new RuleViolation("name", "incubator.name.taken");
        }
        Map<String, String> before = describe(incubator);
        incubator.write(details);
        incubators.saveAndFlush(incubator);
        List<String> changes = RecordChanges.between(before, describe(incubator), Set.of("租金减免说明"));
        if (!changes.isEmpty()) {
            history.recordChange(Incubator.SUBJECT_TYPE, id, "edit", String.join("；", changes));
        }
    }

    /** A carrier as its history tells it, field by field in a clerk's words, with its region and operator by name. */
    private Map<String, String> describe(Incubator i) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("载体类型", i.getKind() == null ? null : switch (i.getKind()) {
            case RETURNEE_PARK -> "返乡入乡创业园";
            case INCUBATION_BASE -> "创业孵化基地";
            case RURAL_TRAINING_BASE -> "农村创新创业孵化实训基地";
            case DEMONSTRATION_BASE -> "双创示范基地";
        });
        d.put("名称", i.getName());
        d.put("所在地区", regions.name(i.getRegionCode()));
        d.put("运营单位", i.getOperatorId() == null ? null
                : organisations.choice(i.getOperatorId()).map(OrganisationChoice::name).orElse("单位#" + i.getOperatorId()));
        d.put("场地（平方米）", i.getBrandSpace() == null ? null : i.getBrandSpace().toPlainString());
        d.put("减免租金", i.isRentWaived() ? "是" : "否");
        d.put("租金减免说明", i.getRentWaiverNote());
        d.put("减免水电费", i.isUtilitiesWaived() ? "是" : "否");
        d.put("省级优秀", i.isProvincialExcellent() ? "是" : "否");
        d.put("认定年度", Objects.toString(i.getRecognisedYear(), null));
        return d;
    }



    private void check(IncubatorDetails d, DataScope scope) {
        if (d.kind() == null) {
            throw new RuleViolation("kind", "NotNull");
        }
        if (d.name() == null || d.name().isBlank()) {
            throw new RuleViolation("name", "NotBlank");
        }
        if (d.name().strip().length() > 100) {
            throw new RuleViolation("name", "incubator.name.long");
        }
        regions.checkWithin(d.regionCode(), scope);
        if (d.operatorId() == null) {
            throw new RuleViolation("operatorId", "NotNull");
        }
        Optional<OrganisationChoice> operator = organisations.choice(d.operatorId());
        if (operator.isEmpty() || operator.get().kind().isGovernment()) {
            throw new RuleViolation("operatorId", "incubator.operator.unknown");
        }
        BigDecimal space = d.brandSpace();
        if (space == null) {
            throw new RuleViolation("brandSpace", "NotNull");
        }
        if (space.signum() < 0 || space.compareTo(MAX_SPACE) > 0) {
            throw new RuleViolation("brandSpace", "incubator.space.range");
        }
        if (space.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("brandSpace", "startup.money.scale");
        }
        if (d.rentWaiverNote() != null && d.rentWaiverNote().strip().length() > 500) {
            throw new RuleViolation("rentWaiverNote", "incubator.note.long");
        }
        if (d.recognisedYear() != null && (d.recognisedYear() < 2000 || d.recognisedYear() > 2100)) {
            throw new RuleViolation("recognisedYear", "incubator.year.range");
        }
        if (d.recognisedYear() != null && !d.provincialExcellent()) {
            throw new RuleViolation("recognisedYear", "incubator.year.withoutRecognition");
        }
    }
}
