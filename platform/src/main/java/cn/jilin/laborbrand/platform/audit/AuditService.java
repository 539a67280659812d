package cn.jilin.laborbrand.platform.audit;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit log. A write joins the caller's transaction, so the record of a change commits or rolls
 * back with the change itself. Every module records its business events here.
 */
@Service
public class AuditService {

    private final AuditRepository events;
    private final ObjectProvider<ClientAddress> clientAddress;

    AuditService(AuditRepository events, ObjectProvider<ClientAddress> clientAddress) {
        this.events = events;
        this.clientAddress = clientAddress;
    }

    /** Records a successful action of the current actor on an object. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String objectType, Object objectId, String detail) {
        record(AuditActor.current(), action, objectType, objectId, AuditOutcome.SUCCESS, detail);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditActor actor, String action, String objectType, Object objectId, AuditOutcome outcome, String detail) {
        ClientAddress address = clientAddress.getIfAvailable();
        events.save(new AuditEvent(actor, address == null ? null : address.current(), action, objectType,
                objectId == null ? null : objectId.toString(), outcome, detail));
    }

    /** 等保 audit review: the audit administrator's view of the log, newest first. */
    @PreAuthorize("hasAuthority('system:audit:view')")
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditQuery query, Pageable pageable) {
        return events.findAll(query.toSpecification(), pageable);
    }

    /** The filtered log for export, newest first, at most {@code limit} rows; the export itself is recorded. */
    @PreAuthorize("hasAuthority('system:audit:export')")
    @Transactional
    public List<AuditEvent> export(AuditQuery query, int limit) {
        record("audit.export", "audit_event", null, describe(query));
        return events.findAll(query.toSpecification(), PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
                .getContent();
    }

    private static String describe(AuditQuery q) {
        return "from=" + q.from() + " to=" + q.to() + " username=" + q.username() + " action=" + q.action() + " outcome=" + q.outcome();
    }
}
