package cn.jilin.laborbrand.platform.account;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An administrator's action that waits for a second administrator (四眼原则 within 三员分立): what was asked, by whom,
 * against which version of the account, and how it was decided.
 */
@Entity
@Table(name = "admin_request")
class AdminRequest extends AuditedEntity {

    /** How long a request may wait; after that it can no longer be approved and must be asked again. */
    static final Duration LIFETIME = Duration.ofDays(3);

    enum Status {
        PENDING, APPROVED, REJECTED, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private AdminAction action;

    @Column(name = "target_account_id")
    private long targetAccountId;

    @Column(name = "requested_by")
    private long requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "target_version")
    private long targetVersion;

    @Column(name = "new_display_name")
    private String newDisplayName;

    @Column(name = "new_password_hash")
    private String newPasswordHash;

    @Column(name = "new_roles")
    private String newRoles;

    @Column(name = "new_organisation_id")
    private Long newOrganisationId;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    protected AdminRequest() {
    }

    AdminRequest(AdminAction action, Account target, long requestedBy, Instant now) {
        this.action = action;
        this.targetAccountId = target.getId();
        this.targetVersion = target.getVersion();
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    AdminRequest withDisplayName(String displayName) {
        this.newDisplayName = displayName;
        return this;
    }

    AdminRequest withPasswordHash(String hash) {
        this.newPasswordHash = hash;
        return this;
    }

    AdminRequest withRoles(Set<String> roleCodes) {
        this.newRoles = String.join(",", roleCodes);
        return this;
    }

    AdminRequest withOrganisation(Long organisationId) {
        this.newOrganisationId = organisationId;
        return this;
    }

    /** Closes the request; a password hash is not kept once it is decided. */
    void decide(Status outcome, Long decider, Instant now, String comment) {
        if (status != Status.PENDING) {
            throw new RuleViolation("adminRequest.notPending");
        }
        this.status = outcome;
        this.decidedBy = decider;
        this.decidedAt = now;
        this.decisionComment = comment;
        this.newPasswordHash = null;
    }

    boolean isExpired(Instant now) {
        return status == Status.PENDING && requestedAt.plus(LIFETIME).isBefore(now);
    }

    Long getId() {
        return id;
    }

    AdminAction getAction() {
        return action;
    }

    long getTargetAccountId() {
        return targetAccountId;
    }

    long getRequestedBy() {
        return requestedBy;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    long getTargetVersion() {
        return targetVersion;
    }

    String getNewDisplayName() {
        return newDisplayName;
    }

    String getNewPasswordHash() {
        return newPasswordHash;
    }

    Set<String> getNewRoles() {
        return newRoles == null || newRoles.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(newRoles.split(",")));
    }

    Long getNewOrganisationId() {
        return newOrganisationId;
    }

    Status getStatus() {
        return status;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecisionComment() {
        return decisionComment;
    }
}
