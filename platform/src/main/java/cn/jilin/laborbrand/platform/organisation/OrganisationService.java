package cn.jilin.laborbrand.platform.organisation;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, RegionService regions, AuditService audit, ApplicationEventPublisher events,
                        Clock clock) {
        this.organisations = organisations;
        this.regions = regions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
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
                creditCode, Text.orNull(request.address())));
        audit.record("organisation.register", "organisation", organisation.getId(), name + " " + creditCode.value());
        return organisation.getId();
    }

    /** Every organisation's public facts, succeeded ones included (records made before a succession name them). */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> choices() {
        return organisations.findAllByOrderBySortOrderAscNameAsc();
    }

    /**
     * The public facts of every standing organisation of one kind (e.g. the provincial departments), in the directory's
     * order; a succeeded one is absent, its successor present.
     */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> choicesOf(OrganisationKind kind) {
        return organisations.findAllByKindAndSucceededByIsNullOrderBySortOrderAscNameAsc(kind);
    }

    /** As {@link #choicesOf}, succeeded organisations included: for naming the units that history records. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> everyOf(OrganisationKind kind) {
        return organisations.findAllByKindOrderBySortOrderAscNameAsc(kind);
    }

    /** The organisations {@code successorId} succeeded, by name. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> predecessorsOf(long successorId) {
        return organisations.findBySucceededByOrderByName(successorId);
    }

    /** The organisation standing today in the place of each succeeded one (following a chain of successions): predecessor → successor. */
    @Transactional(readOnly = true)
    public Map<Long, Long> successors() {
        Map<Long, Long> next = new HashMap<>();
        organisations.findSuccessions().forEach(row -> next.put((Long) row[0], (Long) row[1]));
        Map<Long, Long> standing = new HashMap<>();
        for (Long predecessor : next.keySet()) {
            Long current = next.get(predecessor);
            for (int hops = 0; next.containsKey(current) && hops < next.size(); hops++) {
                current = next.get(current);
            }
            standing.put(predecessor, current);
        }
        return standing;
    }

    /**
     * 承继: {@code successorId} takes the place of {@code predecessorId} on {@code on}, by {@code document} (a reorganisation
     * of the province's bodies, recorded by the province). The predecessor keeps its name for history and search and is no
     * longer offered as a choice; {@link OrganisationSucceeded} carries its accounts, tasks and reports over in this
     * transaction. The successor is a standing organisation of the same kind, or a new body of that name (a department
     * newly formed by the reorganisation: made here with the predecessor's kind, region and place in the directory, as
     * departments cannot be registered otherwise). Refused for an organisation already succeeded, a successor of another
     * kind, itself or already succeeded, both or neither of an existing successor and a new name, a name already taken, a
     * date in the future or a missing document; nothing is made or moved then.
     */
    @PreAuthorize("hasAuthority('organisation:register')")
    @Transactional
    public long succeed(long predecessorId, Long successorId, String newSuccessorName, LocalDate on, String document, DataScope scope) {
        if (!scope.isProvince()) {
            throw new AccessDeniedException("only the province records a succession");
        }
        Organisation predecessor = organisations.getById(predecessorId, scope);
        if (predecessor.isSucceeded()) {
            throw new RuleViolation("successorId", "organisation.succession.already");
        }
        boolean named = newSuccessorName != null && !newSuccessorName.isBlank();
        if (successorId == null && !named) {
            throw new RuleViolation("successorId", "organisation.succession.successorRequired");
        }
        if (successorId != null && named) {
            throw new RuleViolation("successorName", "organisation.succession.oneOf");
        }
        if (on == null) {
            throw new RuleViolation("succeededOn", "NotNull");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("succeededOn", "organisation.succession.future");
        }
        if (document == null || document.isBlank()) {
            throw new RuleViolation("document", "NotBlank");
        }
        if (document.strip().length() > 100) {
            throw new RuleViolation("document", "organisation.succession.documentTooLong");
        }
        Organisation successor = successorId == null ? newSuccessor(predecessor, newSuccessorName.strip())
                : organisations.findById(successorId, scope).orElseThrow(() -> new RuleViolation("successorId", "organisation.succession.unknown"));
        if (successor.getId().equals(predecessor.getId()) || successor.isSucceeded() || successor.getKind() != predecessor.getKind()) {
            throw new RuleViolation("successorId", "organisation.succession.invalid");
        }
        predecessor.succeededBy(successor.getId(), on, document.strip());
        organisations.save(predecessor);
        audit.record("organisation.succeed", "organisation", predecessorId, predecessor.getName() + " → " + successor.getName()
                + " " + on + " " + document.strip());
        events.publishEvent(new OrganisationSucceeded(predecessorId, successor.getId(), on, document.strip()));
        return successor.getId();
    }

    private Organisation newSuccessor(Organisation predecessor, String name) {
        if (name.length() > 100) {
            throw new RuleViolation("successorName", "organisation.succession.nameTooLong");
        }
        if (organisations.existsByName(name)) {
            throw new RuleViolation("successorName", "organisation.name.taken");
        }
        Organisation successor = new Organisation(name, predecessor.getKind(), predecessor.getRegionCode(), null, null);
        successor.placeAt(predecessor.getSortOrder());
        successor = organisations.saveAndFlush(successor);
        audit.record("organisation.register", "organisation", successor.getId(), name + " (successor of " + predecessor.getId() + ")");
        return successor;
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
}
