package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.RecordChanges;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 二(二)2 驻外劳务机构: Jilin's resident offices outside the province, which follow placed workers up. */
@Service
public class OfficeService {

    static final String SUBJECT_TYPE = "outbound_office";
    // an office's public line: digits, spaces, hyphens, parentheses and a leading +
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\- ]{5,30}");

    private final OutboundOfficeRepository offices;
    private final RegionService regions;
    private final AuditService audit;
    private final WorkflowHistory history;

    OfficeService(OutboundOfficeRepository offices, RegionService regions, AuditService audit, WorkflowHistory history) {
        this.offices = offices;
        this.regions = regions;
        this.audit = audit;
        this.history = history;
    }

    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public Page<OutboundOffice> search(String text, Collection<String> regionCodes, DataScope scope, Pageable pageable) {
        return offices.findAll(filter(text, regionCodes), scope, pageable);
    }

    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional
    public List<OutboundOffice> export(String text, Collection<String> regionCodes, DataScope scope) {
        List<OutboundOffice> rows = offices.findAll(filter(text, regionCodes), scope, Sort.by("regionCode", "name"));
        audit.record("cooperation.office.export", SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public OutboundOffice get(long id, DataScope scope) {
        return offices.getById(id, scope);
    }

    /** An office's history (recorded, changed), oldest first, after the scope check. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(SUBJECT_TYPE, offices.getById(id, scope).getId());
    }

    /** The offices within the scope, by name: who may be named as the server of a follow-up. */
    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public List<OutboundOffice> choices(DataScope scope) {
        return offices.findAll(null, scope, Sort.by("name", "id"));
    }

    @PreAuthorize("hasAuthority('cooperation:view')")
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return offices.findAll((root, q, cb) -> root.get("id").in(ids), scope, Sort.by("id")).stream()
                .collect(Collectors.toMap(OutboundOffice::getId, OutboundOffice::getName));
    }

    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public long register(OfficeDetails details, DataScope scope) {
        check(details, scope);
        if (offices.existsByRegionCodeAndName(details.regionCode(), details.name().strip())) {
            throw new RuleViolation("name", "cooperation.name.taken");
        }
        OutboundOffice office = new OutboundOffice();
        office.write(details);
        offices.saveAndFlush(office);
        history.recordChange(SUBJECT_TYPE, office.getId(), "create", office.getName());
        return office.getId();
    }

    @PreAuthorize("hasAuthority('cooperation:manage')")
    @Transactional
    public void update(long id, long shownVersion, OfficeDetails details, DataScope scope) {
        OutboundOffice office = offices.getById(id, scope);
        office.requireVersion(shownVersion);
        check(details, scope);
        if (offices.existsByRegionCodeAndNameAndIdNot(details.regionCode(), details.name().strip(), id)) {
            throw new RuleViolation("name", "cooperation.name.taken");
        }
        Map<String, String> before = describe(office);
        office.write(details);
        offices.saveAndFlush(office);
        List<String> changes = RecordChanges.between(before, describe(office), Set.of("办公电话", "备注"));
        if (!changes.isEmpty()) {
            history.recordChange(SUBJECT_TYPE, id, "edit", String.join("；", changes));
        }
    }

    /** An office as its history tells it, field by field in a clerk's words; its phone line and note only as changed. */
    private Map<String, String> describe(OutboundOffice o) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("名称", o.getName());
        d.put("设立地区", regions.name(o.getRegionCode()));
        d.put("驻在地", o.getPlace());
        d.put("办公电话", o.getOfficePhone());
        d.put("设立日期", Objects.toString(o.getSetUpOn(), null));
        d.put("备注", o.getNote());
        return d;
    }

    private static Specification<OutboundOffice> filter(String text, Collection<String> regionCodes) {
        return (root, q, cb) -> cb.and(
                Text.blank(text) ? cb.conjunction() : cb.or(
                        cb.like(root.get("name"), "%" + Cooperation.likeEscaped(text.strip()) + "%", '\\'),
                        cb.like(root.get("place"), "%" + Cooperation.likeEscaped(text.strip()) + "%", '\\')),
                regionCodes == null || regionCodes.isEmpty() ? cb.conjunction() : root.get("regionCode").in(regionCodes));
    }

    private void check(OfficeDetails d, DataScope scope) {
        if (Text.blank(d.name())) {
            throw new RuleViolation("name", "NotBlank");
        }
        regions.checkWithin(d.regionCode(), scope);
        if (Text.blank(d.place())) {
            throw new RuleViolation("place", "NotBlank");
        }
        if (!Text.blank(d.officePhone()) && !PHONE.matcher(d.officePhone().strip()).matches()) {
            throw new RuleViolation("officePhone", "cooperation.phone.invalid");
        }
        if (d.setUpOn() == null) {
            throw new RuleViolation("setUpOn", "NotNull");
        }
    }
}
