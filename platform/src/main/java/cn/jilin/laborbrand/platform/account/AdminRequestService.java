package cn.jilin.laborbrand.platform.account;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second administrator's side of four eyes: requests waiting for approval, and their approval, rejection or
 * withdrawal. Neither the administrator who asked nor the one whose account it concerns may approve; both steps are
 * audited, and an approved change is applied exactly as a direct one would be.
 */
@Service
public class AdminRequestService {

    private final AdminRequestRepository requests;
    private final AccountRepository accounts;
    private final AccountChanges changes;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final Clock clock;

    AdminRequestService(AdminRequestRepository requests, AccountRepository accounts, AccountChanges changes,
                        OrganisationService organisations, AuditService audit, Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.changes = changes;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Requests, the open ones first (or only, with {@code openOnly}), newest first. */
    @PreAuthorize("hasAuthority('system:admin-request:approve')")
    @Transactional(readOnly = true)
    public Page<AdminRequestSummary> list(boolean openOnly, Pageable pageable) {
        EnumSet<AdminRequest.Status> statuses = openOnly ? EnumSet.of(AdminRequest.Status.PENDING) : EnumSet.allOf(AdminRequest.Status.class);
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "requestedAt", "id"));
        Page<AdminRequest> page = requests.findAllByStatusIn(statuses, newestFirst);
        // the accounts and organisations the page names, read once for the page rather than once a row
        Map<Long, String> usernames = new HashMap<>();
        Set<Long> named = new HashSet<>();
        page.forEach(r -> Stream.of(r.getTargetAccountId(), r.getRequestedBy(), r.getDecidedBy()).filter(Objects::nonNull).forEach(named::add));
        if (!named.isEmpty()) {
            accounts.findByIdIn(named).forEach(a -> usernames.put(a.getId(), a.getUsername()));
        }
        Map<Long, OrganisationChoice> organisationsShown = organisations.choices(page.stream()
                .map(AdminRequest::getNewOrganisationId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Instant now = clock.instant();
        return page.map(r -> summarise(r, usernames, organisationsShown, now));
    }

    /** How many requests wait for a decision (for the administrators' menu badge). */
    @PreAuthorize("hasAuthority('system:admin-request:approve')")
    @Transactional(readOnly = true)
    public long openCount() {
        return requests.countByStatus(AdminRequest.Status.PENDING);
    }

    /** Approves and applies a request; the approver is a third administrator, neither its author nor its subject. */
    @PreAuthorize("hasAuthority('system:admin-request:approve')")
    @Transactional
    public void approve(long requestId, long shownVersion) {
        AdminRequest request = open(requestId, shownVersion);
        Long approver = AuditActor.current().accountId();
        if (approver == null || approver == request.getRequestedBy()) {
            throw new RuleViolation("adminRequest.approve.own");
        }
        if (approver == request.getTargetAccountId()) {
            throw new RuleViolation("adminRequest.approve.subject");
        }
        if (request.isExpired(clock.instant())) {
            throw new RuleViolation("adminRequest.expired");
        }
        Account account = accounts.findById(request.getTargetAccountId())
                .orElseThrow(() -> new NotFoundException("account", request.getTargetAccountId()));
        changes.check(request, account, request.getRequestedBy());
        changes.apply(request, account, "request " + request.getId() + " of account " + request.getRequestedBy());
        request.decide(AdminRequest.Status.APPROVED, approver, clock.instant(), null);
        audit.record("admin-request.approve", "admin_request", request.getId(), AccountChanges.eventName(request.getAction())
                + " on account " + request.getTargetAccountId());
    }

    /** Turns a request down, with the reason. */
    @PreAuthorize("hasAuthority('system:admin-request:approve')")
    @Transactional
    public void reject(long requestId, long shownVersion, String reason) {
        AdminRequest request = open(requestId, shownVersion);
        Long decider = AuditActor.current().accountId();
        if (decider == null || decider == request.getRequestedBy()) {
            throw new RuleViolation("adminRequest.reject.own");
        }
        if (decider == request.getTargetAccountId()) {
            throw new RuleViolation("adminRequest.reject.subject");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 300) {
            throw new RuleViolation("reason", "adminRequest.reason.required");
        }
        request.decide(AdminRequest.Status.REJECTED, decider, clock.instant(), reason.strip());
        audit.record("admin-request.reject", "admin_request", request.getId(), reason.strip());
    }

    /** The author withdraws their own request. */
    @PreAuthorize("hasAuthority('system:admin-request:approve')")
    @Transactional
    public void cancel(long requestId, long shownVersion) {
        AdminRequest request = open(requestId, shownVersion);
        Long actor = AuditActor.current().accountId();
        if (actor == null || actor != request.getRequestedBy()) {
            throw new RuleViolation("adminRequest.cancel.notOwn");
        }
        request.decide(AdminRequest.Status.CANCELLED, actor, clock.instant(), null);
        audit.record("admin-request.cancel", "admin_request", request.getId(), null);
    }

    private AdminRequest open(long requestId, long shownVersion) {
        AdminRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("admin_request", requestId));
        request.requireVersion(shownVersion);
        if (request.getStatus() != AdminRequest.Status.PENDING) {
            throw new RuleViolation("adminRequest.notPending");
        }
        return request;
    }

    private AdminRequestSummary summarise(AdminRequest r, Map<Long, String> usernames, Map<Long, OrganisationChoice> organisationsShown,
                                          Instant now) {
        String organisationName = r.getNewOrganisationId() == null ? null
                : Optional.ofNullable(organisationsShown.get(r.getNewOrganisationId())).map(OrganisationChoice::name).orElse(null);
        return new AdminRequestSummary(r.getId(), r.getAction(), r.getStatus().name(), r.getTargetAccountId(),
                username(r.getTargetAccountId(), usernames), r.getRequestedBy(), username(r.getRequestedBy(), usernames),
                r.getRequestedAt(), r.getNewDisplayName(), List.copyOf(r.getNewRoles()), organisationName,
                r.getDecidedBy() == null ? null : username(r.getDecidedBy(), usernames), r.getDecidedAt(), r.getDecisionComment(),
                r.isExpired(now), r.getVersion());
    }

    private String username(Long id, Map<Long, String> cache) {
        return cache.computeIfAbsent(id, k -> Optional.ofNullable(k).flatMap(accounts::findById).map(Account::getUsername).orElse("—"));
    }
}
