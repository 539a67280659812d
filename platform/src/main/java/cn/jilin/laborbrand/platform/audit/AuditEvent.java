package cn.jilin.laborbrand.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.Immutable;

/** One line of the audit log. Append-only: the database refuses UPDATE, DELETE and TRUNCATE on its table. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Set by the database (clock_timestamp()), so that the order of events is the database's. */
    @Generated
    @Column(name = "occurred_at", insertable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "account_id")
    private Long accountId;

    private String username;

    @Column(name = "organisation_id")
    private Long organisationId;

    private String ip;

    private String action;

    @Column(name = "object_type")
    private String objectType;

    @Column(name = "object_id")
    private String objectId;

    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;

    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(AuditActor actor, String ip, String action, String objectType, String objectId, AuditOutcome outcome, String detail) {
        this.accountId = actor.accountId();
        this.username = actor.username();
        this.organisationId = actor.organisationId();
        this.ip = ip;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.outcome = outcome;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getUsername() {
        return username;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getIp() {
        return ip;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
