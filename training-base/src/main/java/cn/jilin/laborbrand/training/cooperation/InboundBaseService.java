package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.RecordChanges;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.occupation.OccupationService;
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

/** 二(二)2 劳务输入基地: the places outside Jilin that take its workers under an agreement with a Jilin region. */
@Service
public class InboundBaseService {

    static final String SUBJECT_TYPE = "inbound_base";

    private final InboundBaseRepository bases;
    private final RegionService regions;
    private final OrganisationService organisations;
    private final OccupationService occupations;
    private final BrandService brands;
    private final AuditService audit;
    private final WorkflowHistory history;

    InboundBaseService(InboundBaseRepository bases, RegionService regions, OrganisationService organisations, OccupationService occupations,
                       BrandService brands, AuditService audit, WorkflowHistory history) {
        this.bases = bases;
        this.regions = regions;
        this.organisations = organisations;
        this.occupations = occupations;
        this.brands = brands;
        this.audit = audit;
        this.history = history;
    }

    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public Page<InboundBase> search(String text, Collection<String> regionCodes, DataScope scope, Pageable pageable) {
        return bases.findAll(filter(text, regionCodes), scope, pageable);
    }

    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional
    public List<InboundBase> export(String text, Collection<String> regionCodes, DataScope scope) {
        List<InboundBase> rows = bases.findAll(filter(text, regionCodes), scope, Sort.by("regionCode", "name"));
        audit.record("cooperation.inbound-base.export", SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public InboundBase get(long id, DataScope scope) {
        return bases.getById(id, scope);
    }

    /** A base's history (recorded, changed), oldest first, after the scope check. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(SUBJECT_TYPE, bases.getById(id, scope).getId());
    }

    /** The bases within the scope, by name: the choices of a vacancy form. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public List<InboundBase> choices(DataScope scope) {
        return bases.findAll(null, scope, Sort.by("name", "id"));
    }

    /** The names of those of these bases that lie within the scope. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return bases.findAll((root, q, cb) -> root.get("id").in(ids), scope, Sort.by("id")).stream()
                .collect(Collectors.toMap(InboundBase::getId, InboundBase::getName));
    }

    /** Records an input base of a region within the caller's scope. */
    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public long register(InboundBaseDetails details, DataScope scope) {
        check(details, scope);
        if (bases.existsByRegionCodeAndName(details.regionCode(), details.name().strip())) {
            throw new RuleViolation("name", "cooperation.name.taken");
        }
        InboundBase base = new InboundBase();
        base.write(details);
        bases.saveAndFlush(base);
        history.recordChange(SUBJECT_TYPE, base.getId(), "create", base.getName());
        return base.getId();
    }

    /** Changes an input base within the scope, refusing a stale page. */
    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public void update(long id, long shownVersion, InboundBaseDetails details, DataScope scope) {
        InboundBase base = bases.getById(id, scope);
        base.requireVersion(shownVersion);
        check(details, scope);
        if (bases.existsByRegionCodeAndNameAndIdNot(details.regionCode(), details.name().strip(), id)) {
            throw new RuleViolation("name", "cooperation.name.taken");
        }
        Map<String, String> before = describe(base);
        base.write(details);
        bases.saveAndFlush(base);
        List<String> changes = RecordChanges.between(before, describe(base), Set.of("备注"));
        if (!changes.isEmpty()) {
            history.recordChange(SUBJECT_TYPE, id, "edit", String.join("；", changes));
        }
    }

    /** A base as its history tells it, field by field in a clerk's words, with region, partner, occupation and brand by name. */
    private Map<String, String> describe(InboundBase b) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("名称", b.getName());
        d.put("组织协作的地区", regions.name(b.getRegionCode()));
        d.put("合作方名称", b.getPartnerName());
        d.put("名录中的合作单位", b.getPartnerOrganisationId() == null ? null
                : organisations.choice(b.getPartnerOrganisationId()).map(OrganisationChoice::name).orElse("单位#" + b.getPartnerOrganisationId()));
        d.put("所在地", b.getPlace());
        d.put("协议签订日期", Objects.toString(b.getSignedOn(), null));
        d.put("协议有效期至", Objects.toString(b.getValidUntil(), null));
        d.put("涵盖职业", b.getOccupationCode() == null ? null : occupations.label(b.getOccupationCode()));
        d.put("涵盖的劳务品牌", b.getBrandId() == null ? null
                : Optional.ofNullable(brands.names(List.of(b.getBrandId())).get(b.getBrandId())).map(BrandName::name).orElse("品牌#" + b.getBrandId()));
        d.put("备注", b.getNote());
        return d;
    }

    private static Specification<InboundBase> filter(String text, Collection<String> regionCodes) {
        return (root, q, cb) -> cb.and(
                Text.blank(text) ? cb.conjunction() : cb.or(
                        cb.like(root.get("name"), "%" + Cooperation.likeEscaped(text.strip()) + "%", '\\'),
                        cb.like(root.get("place"), "%" + Cooperation.likeEscaped(text.strip()) + "%", '\\')),
                regionCodes == null || regionCodes.isEmpty() ? cb.conjunction() : root.get("regionCode").in(regionCodes));
    }

    private void check(InboundBaseDetails d, DataScope scope) {
        if (Text.blank(d.name())) {
            throw new RuleViolation("name", "NotBlank");
        }
        regions.checkWithin(d.regionCode(), scope);
        if (Text.blank(d.partnerName()) && d.partnerOrganisationId() == null) {
            throw new RuleViolation("partnerName", "cooperation.partner.required");
        }
        if (d.partnerOrganisationId() != null && organisations.choice(d.partnerOrganisationId()).isEmpty()) {
            throw new RuleViolation("partnerOrganisationId", "cooperation.organisation.unknown");
        }
        if (Text.blank(d.place())) {
            throw new RuleViolation("place", "NotBlank");
        }
        if (d.signedOn() == null) {
            throw new RuleViolation("signedOn", "NotNull");
        }
        if (d.validUntil() != null && d.validUntil().isBefore(d.signedOn())) {
            throw new RuleViolation("validUntil", "cooperation.dates.order");
        }
        if (!Text.blank(d.occupationCode()) && occupations.find(d.occupationCode()).isEmpty()) {
            throw new RuleViolation("occupationCode", "course.occupation.unknown");
        }
        if (d.brandId() != null && brands.names(List.of(d.brandId())).isEmpty()) {
            throw new RuleViolation("brandId", "course.brand.unknown");
        }
    }
}
