package cn.jilin.laborbrand.platform.regionattribute;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Region attributes (二(一)2: 资源枯竭城市、独立工矿区、省级乡村振兴重点帮扶县、易地扶贫搬迁安置区, where 民生保障型 brands are
 * built first). The province keeps the register, each entry with the document that lists it; a city reads the entries of
 * its region and counties. Every change is audited and kept in the record's history. Beside {@code platform.region} rather
 * than in it: the history (platform.workflow) depends on accounts, which depend on the region tree.
 */
@Service
public class RegionAttributeService {

    static final String OWNER_TYPE = "region_attribute";
    /** The register's order: by kind, then region code (GB/T 2260 codes sort a city before its counties), then site. */
    public static final Sort ORDER = Sort.by(Sort.Order.asc("kind"), Sort.Order.asc("regionCode"), Sort.Order.asc("siteName"), Sort.Order.asc("id"));

    private final RegionAttributeRepository attributes;
    private final RegionService regions;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    RegionAttributeService(RegionAttributeRepository attributes, RegionService regions, WorkflowHistory history, AuditService audit, Clock clock) {
        this.attributes = attributes;
        this.regions = regions;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('region:attribute:view')")
    @Transactional(readOnly = true)
    public Page<RegionAttribute> search(RegionAttributeFilter filter, DataScope scope, Pageable pageable) {
        return attributes.findAll(filter.toSpecification(), scope, pageable);
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('region:attribute:view')")
    @Transactional
    public List<RegionAttribute> export(RegionAttributeFilter filter, DataScope scope, Sort sort) {
        List<RegionAttribute> found = attributes.findAll(filter.toSpecification(), scope, sort);
        audit.record("region.attribute.export", OWNER_TYPE, null, "rows=" + found.size());
        return found;
    }

    /**
     * Every attribute within the scope, by kind and region: the areas of the livelihood view, which a department whose
     * measures cover 二(一)2 reads too (the livelihood service checks that entitlement before asking province-wide).
     */
    @PreAuthorize("hasAnyAuthority('region:attribute:view', 'partner:view')")
    @Transactional(readOnly = true)
    public List<RegionAttribute> all(DataScope scope) {
        return attributes.findAll(RegionAttributeFilter.none().toSpecification(), scope, ORDER);
    }

    /** An attribute, or 404 when it does not exist or lies outside the caller's region. */
    @PreAuthorize("hasAuthority('region:attribute:view')")
    @Transactional(readOnly = true)
    public RegionAttribute get(long id, DataScope scope) {
        return attributes.getById(id, scope);
    }

    /** An attribute's history (listed, changed, removed), oldest first, after the scope check. */
    @PreAuthorize("hasAuthority('region:attribute:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(OWNER_TYPE, attributes.getById(id, scope).getId());
    }

    // 二(一)2: the province lists an area the plan targets for livelihood brands, with the document that names it
    @PreAuthorize("hasAuthority('region:attribute:manage')")
    @Transactional
    public long create(RegionAttributeDetails details, DataScope scope) {
        check(details, null, scope);
        RegionAttribute attribute = attributes.saveAndFlush(new RegionAttribute(details));
        history.record(OWNER_TYPE, attribute.getId(), "create", null, RegionAttributeState.LISTED, describe(attribute.details()));
        return attribute.getId();
    }

    /** Changes an attribute, refusing a stale page; the history keeps what it was. */
    @PreAuthorize("hasAuthority('region:attribute:manage')")
    @Transactional
    public void update(long id, long shownVersion, RegionAttributeDetails details, DataScope scope) {
        RegionAttribute attribute = attributes.getById(id, scope);
        attribute.requireVersion(shownVersion);
        check(details, id, scope);
        RegionAttributeDetails before = attribute.details();
        attribute.apply(details);
        attributes.saveAndFlush(attribute);
        history.record(OWNER_TYPE, id, "edit", RegionAttributeState.LISTED, RegionAttributeState.LISTED,
                describe(before) + " → " + describe(attribute.details()));
    }

    /** Removes an attribute (its history stays, with who removed it and what it was), refusing a stale page. */
    @PreAuthorize("hasAuthority('region:attribute:manage')")
    @Transactional
    public void remove(long id, long shownVersion, DataScope scope) {
        RegionAttribute attribute = attributes.getById(id, scope);
        attribute.requireVersion(shownVersion);
        if (!scope.isProvince()) {
            throw new RuleViolation("livelihood.area.provinceOnly");
        }
        String was = describe(attribute.details());
        attributes.delete(attribute);
        history.record(OWNER_TYPE, id, "remove", RegionAttributeState.LISTED, RegionAttributeState.REMOVED, was);
    }

    private void check(RegionAttributeDetails d, Long id, DataScope scope) {
        if (!scope.isProvince()) {
            throw new RuleViolation("livelihood.area.provinceOnly");
        }
        if (d.regionCode() == null || regions.find(d.regionCode()).filter(r -> r.getLevel() != RegionLevel.PROVINCE).isEmpty()
                || !scope.coversRegion(d.regionCode())) {
            throw new RuleViolation("regionCode", "livelihood.area.region.unknown");
        }
        if (d.kind() == null) {
            throw new RuleViolation("kind", "livelihood.area.kind.required");
        }
        String site = d.siteName() == null ? "" : d.siteName().strip();
        if (d.kind().hasSite() && site.isEmpty()) {
            throw new RuleViolation("siteName", "livelihood.area.site.required");
        }
        if (!d.kind().hasSite() && !site.isEmpty()) {
            throw new RuleViolation("siteName", "livelihood.area.site.notAllowed");
        }
        if (site.length() > 100) {
            throw new RuleViolation("siteName", "livelihood.area.site.tooLong");
        }
        if (d.sourceDocument() == null || d.sourceDocument().isBlank()) {
            throw new RuleViolation("sourceDocument", "livelihood.area.source.required");
        }
        if (d.sourceDocument().strip().length() > 300) {
            throw new RuleViolation("sourceDocument", "livelihood.area.source.tooLong");
        }
        if (d.sinceYear() != null && (d.sinceYear() < 1949 || d.sinceYear() > Year.now(clock).getValue())) {
            throw new RuleViolation("sinceYear", "livelihood.area.sinceYear.range");
        }
        if (d.note() != null && d.note().strip().length() > 500) {
            throw new RuleViolation("note", "livelihood.area.note.tooLong");
        }
        Specification<RegionAttribute> same = (root, query, cb) -> cb.and(cb.equal(root.get("regionCode"), d.regionCode()),
                cb.equal(root.get("kind"), d.kind()), cb.equal(root.get("siteName"), d.kind().hasSite() ? site : ""),
                id == null ? cb.conjunction() : cb.notEqual(root.get("id"), id));
        if (attributes.count(same, DataScope.province()) > 0) {
            throw new RuleViolation("regionCode", "livelihood.area.duplicate");
        }
    }

    private String describe(RegionAttributeDetails d) {
        return regions.name(d.regionCode()) + "（" + d.regionCode() + "）" + " " + d.kind().planTerm()
                + (d.kind() != null && d.kind().hasSite() ? " " + d.siteName() : "") + " · " + d.sourceDocument()
                + (d.sinceYear() == null ? "" : " · " + d.sinceYear());
    }
}
