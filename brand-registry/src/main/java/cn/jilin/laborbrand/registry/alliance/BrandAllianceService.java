package cn.jilin.laborbrand.registry.alliance;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.Organisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brand alliances (二(三)2: 以劳务品牌龙头企业为引领，组建行业内、区域内劳务品牌联盟). HRSS founds an alliance of one
 * trade or one region and keeps its members — brands of that trade or region, and enterprises — and its lead, which is
 * always one of the members. Alliances and their membership are published to every brand user.
 */
@Service
public class BrandAllianceService {

    static final String OWNER_TYPE = "brand_alliance";

    private final BrandAllianceRepository alliances;
    private final AllianceMemberRepository members;
    private final BrandService brands;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    BrandAllianceService(BrandAllianceRepository alliances, AllianceMemberRepository members, BrandService brands,
                         OrganisationService organisations, RegionService regions, AuditService audit, Clock clock) {
        this.alliances = alliances;
        this.members = members;
        this.brands = brands;
        this.organisations = organisations;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public Page<AllianceSummary> search(AllianceFilter filter, DataScope scope, Pageable pageable) {
        Page<BrandAlliance> page = alliances.findAll(filter.toSpecification().and(AllianceScope.within(scope)), pageable);
        Map<Long, List<MemberRow>> rows = rowsOf(page.getContent());
        Map<Long, OrganisationChoice> leads = leadOrganisations(rows);
        return page.map(a -> summary(a, rows.getOrDefault(a.getId(), List.of()), leads));
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional
    public List<AllianceSummary> export(AllianceFilter filter, DataScope scope, Sort sort) {
        List<BrandAlliance> found = alliances.findAll(filter.toSpecification().and(AllianceScope.within(scope)), sort);
        Map<Long, List<MemberRow>> rows = rowsOf(found);
        audit.record("alliance.export", OWNER_TYPE, null, "rows=" + found.size());
        Map<Long, OrganisationChoice> leads = leadOrganisations(rows);
        return found.stream().map(a -> summary(a, rows.getOrDefault(a.getId(), List.of()), leads)).toList();
    }

    /** An alliance, or 404 when it does not exist or lies outside the caller's scope (see {@link AllianceScope}). */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public BrandAlliance get(long id, DataScope scope) {
        Specification<BrandAlliance> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return alliances.findAll(byId.and(AllianceScope.within(scope)), Sort.unsorted()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("alliance", id));
    }

    /** The members, lead first; {@code inScope} tells whether the caller may open the member's own page. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<AllianceMemberView> members(long id, DataScope scope) {
        BrandAlliance alliance = get(id, scope);
        return members.findRows(List.of(alliance.getId())).stream().map(r -> view(r, scope)).toList();
    }

    @PreAuthorize("hasAuthority('alliance:manage')")
    @Transactional
    public long create(AllianceDetails details) {
        check(details, null);
        BrandAlliance alliance = alliances.save(new BrandAlliance(details));
        audit.record("alliance.create", OWNER_TYPE, alliance.getId(), alliance.getName());
        return alliance.getId();
    }

    /** Changes an alliance, refusing a stale page and a trade or region its member brands do not share. */
    @PreAuthorize("hasAuthority('alliance:manage')")
    @Transactional
    public void update(long id, long shownVersion, AllianceDetails details, DataScope scope) {
        BrandAlliance alliance = get(id, scope);
        alliance.requireVersion(shownVersion);
        check(details, id);
        for (MemberRow row : members.findRows(List.of(id))) {
            if (row.kind() == MemberKind.BRAND && !fits(details, row.brandRegionCode(), row.brandIndustry())) {
                throw new RuleViolation("basisKind", "alliance.basis.membersDoNotFit");
            }
        }
        AllianceDetails before = alliance.details();
        alliance.apply(details);
        alliances.saveAndFlush(alliance);
        audit.record("alliance.edit", OWNER_TYPE, id, before + " → " + alliance.details());
    }

    /** Adds a brand of the caller's scope that shares the alliance's trade or lies in its region. */
    @PreAuthorize("hasAuthority('alliance:manage')")
    @Transactional
    public void addBrand(long id, long brandId, LocalDate joinedOn, DataScope scope) {
        BrandAlliance alliance = get(id, scope);
        LaborBrand brand = brands.get(brandId, scope);
        if (!fits(alliance.details(), brand.getRegionCode(), brand.getIndustry())) {
            throw new RuleViolation("brandId", alliance.getBasisKind() == AllianceBasis.TRADE
                    ? "alliance.member.otherTrade" : "alliance.member.otherRegion");
        }
        if (members.existsByAllianceIdAndBrandId(id, brandId)) {
            throw new RuleViolation("brandId", "alliance.member.duplicate");
        }
        members.save(AllianceMember.brand(id, brandId, joined(alliance, joinedOn)));
        audit.record("alliance.member.add", OWNER_TYPE, id, "brand " + brand.getName());
    }

    /** Adds an enterprise of the directory (within the caller's scope and, for a regional alliance, within its region). */
    @PreAuthorize("hasAuthority('alliance:manage')")
    @Transactional
    public void addEnterprise(long id, Long organisationId, LocalDate joinedOn, DataScope scope) {
        BrandAlliance alliance = get(id, scope);
        if (organisationId == null) {
            throw new RuleViolation("organisationId", "alliance.member.enterpriseRequired");
        }
        Organisation enterprise;
        try {
            enterprise = organisations.get(organisationId, scope);
        } catch (NotFoundException e) {
            throw new RuleViolation("organisationId", "alliance.member.enterpriseRequired");
        }
        if (enterprise.getKind() != OrganisationKind.ENTERPRISE) {
            throw new RuleViolation("organisationId", "alliance.member.notEnterprise");
        }
        if (alliance.getBasisKind() == AllianceBasis.REGION
                && !regions.coveredCodes(alliance.getRegionCode()).contains(enterprise.getRegionCode())) {
            throw new RuleViolation("organisationId", "alliance.member.otherRegion");
        }
        if (members.existsByAllianceIdAndOrganisationId(id, organisationId)) {
            throw new RuleViolation("organisationId", "alliance.member.duplicate");
        }
        members.save(AllianceMember.enterprise(id, organisationId, joined(alliance, joinedOn)));
        audit.record("alliance.member.add", OWNER_TYPE, id, "enterprise " + enterprise.getName());
    }

    /** Takes a member out; the lead must hand over first. */
    @PreAuthorize("hasAuthority('alliance:manage')")
    @Transactional
    public void removeMember(long id, long memberId, DataScope scope) {
        AllianceMember member = memberOf(id, memberId, scope);
        if (member.isLead()) {
            throw new RuleViolation("alliance.member.leadCannotLeave");
        }
        members.delete(member);
        audit.record("alliance.member.remove", OWNER_TYPE, id, member.getKind() + " "
                + (member.getKind() == MemberKind.BRAND ? member.getBrandId() : member.getOrganisationId()));
    }

    /** Makes one member the lead (the former lead stays a member): the lead is always a member of this alliance. */
    @PreAuthorize("hasAuthority('alliance:manage')")
    @Transactional
    public void makeLead(long id, Long memberId, DataScope scope) {
        get(id, scope);
        AllianceMember member = memberId == null ? null : members.findByIdAndAllianceId(memberId, id).orElse(null);
        if (member == null) {
            throw new RuleViolation("memberId", "alliance.lead.notMember");
        }
        if (member.isLead()) {
            return;
        }
        members.findByAllianceIdAndLeadTrue(id).ifPresent(previous -> {
            previous.setLead(false);
            members.saveAndFlush(previous);
        });
        member.setLead(true);
        members.saveAndFlush(member);
        audit.record("alliance.lead", OWNER_TYPE, id, member.getKind() + " "
                + (member.getKind() == MemberKind.BRAND ? member.getBrandId() : member.getOrganisationId()));
    }

    /** The id of an alliance by name, for idempotent provisioning. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public Optional<Long> idByName(String name, DataScope scope) {
        Specification<BrandAlliance> byName = (root, query, cb) -> cb.equal(root.get("name"), name);
        return alliances.findAll(byName.and(AllianceScope.within(scope)), Sort.unsorted()).stream()
                .findFirst().map(BrandAlliance::getId);
    }

    private void check(AllianceDetails d, Long id) {
        if (d.name() == null || d.name().isBlank()) {
            throw new RuleViolation("name", "alliance.name.required");
        }
        String name = d.name().strip();
        if (id == null ? alliances.existsByName(name) : alliances.existsByNameAndIdNot(name, id)) {
            throw new RuleViolation("name", "alliance.name.taken");
        }
        if (d.basisKind() == null) {
            throw new RuleViolation("basisKind", "alliance.basisKind.required");
        }
        if (d.basisKind() == AllianceBasis.TRADE && d.industry() == null) {
            throw new RuleViolation("industry", "alliance.industry.required");
        }
        if (d.basisKind() == AllianceBasis.REGION && regions.find(d.regionCode()).isEmpty()) {
            throw new RuleViolation("regionCode", "alliance.region.required");
        }
        if (d.foundedOn() == null) {
            throw new RuleViolation("foundedOn", "alliance.foundedOn.required");
        }
        if (d.foundedOn().isAfter(today())) {
            throw new RuleViolation("foundedOn", "alliance.date.future");
        }
        if (d.basis() == null || d.basis().isBlank()) {
            throw new RuleViolation("basis", "alliance.basis.required");
        }
    }

    private boolean fits(AllianceDetails alliance, String regionCode, IndustrySection industry) {
        return alliance.basisKind() == AllianceBasis.TRADE
                ? alliance.industry() == industry
                : regions.coveredCodes(alliance.regionCode()).contains(regionCode);
    }

    private LocalDate joined(BrandAlliance alliance, LocalDate joinedOn) {
        if (joinedOn == null) {
            throw new RuleViolation("joinedOn", "alliance.joinedOn.required");
        }
        if (joinedOn.isAfter(today())) {
            throw new RuleViolation("joinedOn", "alliance.date.future");
        }
        if (joinedOn.isBefore(alliance.getFoundedOn())) {
            throw new RuleViolation("joinedOn", "alliance.joinedOn.beforeFounding");
        }
        return joinedOn;
    }

    private AllianceMember memberOf(long id, long memberId, DataScope scope) {
        get(id, scope);
        return members.findByIdAndAllianceId(memberId, id).orElseThrow(() -> new NotFoundException("alliance member", memberId));
    }

    private Map<Long, List<MemberRow>> rowsOf(List<BrandAlliance> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        return members.findRows(found.stream().map(BrandAlliance::getId).toList()).stream()
                .collect(Collectors.groupingBy(MemberRow::allianceId));
    }

    /** The enterprises leading the listed alliances, read once for the list rather than once an alliance. */
    private Map<Long, OrganisationChoice> leadOrganisations(Map<Long, List<MemberRow>> rows) {
        return organisations.choices(rows.values().stream().flatMap(List::stream)
                .filter(r -> r.lead() && r.kind() != MemberKind.BRAND && r.organisationId() != null).map(MemberRow::organisationId).collect(Collectors.toSet()));
    }

    private AllianceSummary summary(BrandAlliance alliance, List<MemberRow> rows, Map<Long, OrganisationChoice> leads) {
        String lead = rows.stream().filter(MemberRow::lead).findFirst()
                .map(r -> r.kind() == MemberKind.BRAND ? r.brandName()
                        : Optional.ofNullable(leads.get(r.organisationId())).map(OrganisationChoice::name).orElse("#" + r.organisationId()))
                .orElse(null);
        long brandCount = rows.stream().filter(r -> r.kind() == MemberKind.BRAND).count();
        return new AllianceSummary(alliance, lead, brandCount, rows.size() - brandCount);
    }

    private String name(MemberRow row) {
        return row.kind() == MemberKind.BRAND ? row.brandName()
                : organisations.choice(row.organisationId()).map(OrganisationChoice::name).orElse("#" + row.organisationId());
    }

    private AllianceMemberView view(MemberRow row, DataScope scope) {
        if (row.kind() == MemberKind.BRAND) {
            return new AllianceMemberView(row.id(), row.kind(), row.brandId(), row.brandName(), row.brandRegionCode(),
                    row.brandLevel(), row.lead(), row.joinedOn(), scope.coversRegion(row.brandRegionCode()));
        }
        Optional<OrganisationChoice> enterprise = organisations.choice(row.organisationId());
        String region = enterprise.map(OrganisationChoice::regionCode).orElse(null);
        return new AllianceMemberView(row.id(), row.kind(), row.organisationId(), name(row), region, null, row.lead(),
                row.joinedOn(), region != null && scope.coversRegion(region));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
