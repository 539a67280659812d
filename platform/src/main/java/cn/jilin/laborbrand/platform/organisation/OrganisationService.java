package cn.jilin.laborbrand.platform.organisation;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation directory: government units (by migration) and the institutions and enterprises that city
 * bureaus register in their region. Business users see the part their scope covers.
 */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final RegionService regions;
    private final AuditService audit;

    OrganisationService(OrganisationRepository organisations, RegionService regions, AuditService audit) {
        this.organisations = organisations;
        this.regions = regions;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('organisation:view')")
    @Transactional(readOnly = true)
    public Page<Organisation> search(OrganisationFilter filter, DataScope scope, Pageable pageable) {
        return organisations.findAll(filter.toSpecification(), scope, pageable);
    }

    @PreAuthorize("hasAuthority('organisation:view')")
    @Transactional
    public List<Organisation> export(OrganisationFilter filter, DataScope scope) {
        List<Organisation> rows = organisations.findAll(filter.toSpecification(), scope, Sort.by("sortOrder", "name"));
        audit.record("organisation.export", "organisation", null, "rows=" + rows.size());
        return rows;
    }

    /** One organisation, or 404 when it does not exist or lies outside the scope. */
    @PreAuthorize("hasAuthority('organisation:view')")
    @Transactional(readOnly = true)
    public Organisation get(long id, DataScope scope) {
        return organisations.getById(id, scope);
    }

    /** The credit codes of those of {@code ids} that lie within the scope, in one query (a list shows a page of them). */
    @PreAuthorize("hasAuthority('organisation:view')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> creditCodes(java.util.Collection<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        organisations.findAll((root, query, cb) -> root.get("id").in(ids), scope, Sort.unsorted())
                .forEach(o -> codes.put(o.getId(), o.getCreditCode()));
        return codes;
    }

    /** Registers an institution or enterprise in a region the caller's scope covers. */
    @PreAuthorize("hasAuthority('organisation:register')")
    @Transactional
    public long register(NewOrganisation request, DataScope scope) {
        if (request.kind() == null || !request.kind().isRegistrable()) {
            throw new RuleViolation("kind", "organisation.kind.notRegistrable");
        }
        if (regions.find(request.regionCode()).isEmpty()) {
            throw new RuleViolation("regionCode", "organisation.region.unknown");
        }
        if (!scope.coversRegion(request.regionCode())) {
            throw new RuleViolation("regionCode", "organisation.region.outOfScope");
        }
        String name = request.name().strip();
        if (organisations.existsByName(name)) {
            throw new RuleViolation("name", "organisation.name.taken");
        }
        CreditCode creditCode = CreditCode.of(request.creditCode());
        if (organisations.existsByCreditCode(creditCode.value())) {
            throw new RuleViolation("creditCode", "organisation.creditCode.taken");
        }
        Organisation organisation = organisations.save(new Organisation(name, request.kind(), request.regionCode(),
                creditCode, blankToNull(request.address())));
        audit.record("organisation.register", "organisation", organisation.getId(), name + " " + creditCode.value());
        return organisation.getId();
    }

    /** Every organisation's public facts, for choosing one in a form. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> choices() {
        return organisations.findAllByOrderBySortOrderAscNameAsc();
    }

    /** The public facts of every organisation of one kind (e.g. the provincial departments), in the directory's order. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> choicesOf(OrganisationKind kind) {
        return organisations.findAllByKindOrderBySortOrderAscNameAsc(kind);
    }

    /** Up to {@code limit} organisations of these kinds whose name contains {@code text}: a type-ahead's answer. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> options(String text, java.util.Collection<OrganisationKind> kinds, int limit) {
        if (text == null || text.isBlank() || kinds.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return organisations.findChoices(kinds, pattern, org.springframework.data.domain.PageRequest.of(0, Math.min(limit, 50)));
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationChoice> choice(long id) {
        return organisations.findChoiceById(id);
    }

    /** The public facts of these organisations by id, in one query (those that do not exist are absent). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, OrganisationChoice> choices(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Map.of() : organisations.findChoicesByIdIn(ids).stream()
                .collect(java.util.stream.Collectors.toMap(OrganisationChoice::id, o -> o, (a, b) -> a));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
