package cn.jilin.laborbrand.platform.account;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A sign-in account: who, of which organisation, with which roles, and the state of its password and lock. */
@Entity
@Table(name = "account")
public class Account extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "organisation_id")
    private Long organisationId;

    private boolean enabled = true;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    @Column(name = "password_expires")
    private boolean passwordExpires = true;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ManyToMany
    @JoinTable(name = "account_role",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "role_code"))
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    Account(String username, String displayName, Long organisationId, String passwordHash, Instant now, boolean passwordAgeing) {
        this.username = username;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.passwordChangeRequired = passwordAgeing;
        this.passwordExpires = passwordAgeing;
    }

    /** Counts a failed sign-in; the {@code max}-th in a row locks the account for {@code lockout}. Returns whether it locked. */
    boolean registerFailedLogin(Instant now, int max, Duration lockout) {
        failedAttempts++;
        if (failedAttempts >= max) {
            failedAttempts = 0;
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    void registerLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash, Instant now, boolean changeRequired) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.passwordChangeRequired = changeRequired;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    /** Another organisation: another data scope for a region's or an organisation's roles. */
    void moveTo(Long organisationId) {
        this.organisationId = organisationId;
    }

    void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Whether the owner must choose a new password before doing anything else. */
    public boolean mustChangePassword(Instant now, Duration maxAge) {
        if (passwordChangeRequired) {
            return true;
        }
        return passwordExpires && !maxAge.isZero() && !maxAge.isNegative() && passwordChangedAt.plus(maxAge).isBefore(now);
    }

    public List<Role> sortedRoles() {
        return roles.stream().sorted(Comparator.comparingInt(Role::getSortOrder)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean isPasswordExpires() {
        return passwordExpires;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    Set<Role> getRoles() {
        return roles;
    }
}
