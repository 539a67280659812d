package cn.jilin.laborbrand.platform.account;

import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the session keeps it: identity, organisation, roles, permissions and data scope, all fixed at
 * sign-in (a change of roles takes effect at the next sign-in).
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer, AuditActor.Actor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Long organisationId;
    private final String organisationName;
    private final List<String> roleCodes;
    private final Set<String> permissions;
    private final DataScope scope;
    private final boolean enabled;
    private final boolean locked;
    private final boolean passwordChangeRequired;

    SignedInAccount(long accountId, String username, String passwordHash, String displayName, Long organisationId,
                    String organisationName, List<String> roleCodes, Set<String> permissions, DataScope scope,
                    boolean enabled, boolean locked, boolean passwordChangeRequired) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.roleCodes = List.copyOf(roleCodes);
        this.permissions = Set.copyOf(permissions);
        this.scope = scope;
        this.enabled = enabled;
        this.locked = locked;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    /** The same user after choosing a new password. */
    public SignedInAccount withPasswordChanged() {
        return new SignedInAccount(accountId, username, null, displayName, organisationId, organisationName, roleCodes,
                permissions, scope, enabled, locked, false);
    }

    @Override
    public Long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public String displayName() {
        return displayName;
    }

    public String organisationName() {
        return organisationName;
    }

    public List<String> roleCodes() {
        return roleCodes;
    }

    public Set<String> permissions() {
        return permissions;
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public DataScope scope() {
        return scope;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Permissions as authorities (for {@code hasAuthority}) and roles as {@code ROLE_*} (for {@code hasRole}). */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        roleCodes.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedInAccount other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + username + "]";
    }
}
