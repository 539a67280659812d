package cn.jilin.laborbrand.platform.account;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' actions on accounts (三员分立): the system administrator edits, disables, enables, unlocks and
 * resets passwords; the security administrator grants roles and moves an account to another organisation (its data
 * scope). An action on an account that holds an administrative duty, on one's own account, or one that would grant
 * such a duty is not applied but waits for a second administrator ({@link AdminRequestService}).
 */
@Service
public class AccountAdminService {

    private final AccountRepository accounts;
    private final AdminRequestRepository requests;
    private final AccountChanges changes;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;

    AccountAdminService(AccountRepository accounts, AdminRequestRepository requests, AccountChanges changes, PasswordEncoder passwordEncoder,
                        AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.requests = requests;
        this.changes = changes;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('system:account:edit')")
    @Transactional
    public AdminOutcome updateProfile(long id, long shownVersion, String displayName) {
        Account account = load(id, shownVersion);
        return ask(new AdminRequest(AdminAction.EDIT_PROFILE, account, actor(), clock.instant()).withDisplayName(displayName), account);
    }

    @PreAuthorize("hasAuthority('system:account:disable')")
    @Transactional
    public AdminOutcome setEnabled(long id, boolean enabled) {
        Account account = load(id, null);
        return ask(new AdminRequest(enabled ? AdminAction.ENABLE : AdminAction.DISABLE, account, actor(), clock.instant()), account);
    }

    /** Sets a temporary password that its owner must replace at the next sign-in; also lifts a lock. */
    @PreAuthorize("hasAuthority('system:account:reset-password')")
    @Transactional
    public AdminOutcome resetPassword(long id, String temporaryPassword) {
        Account account = load(id, null);
        List<String> broken = new ArrayList<>(PasswordPolicy.violations(account.getUsername(), temporaryPassword));
        if (!broken.isEmpty()) {
            throw new RuleViolation("temporaryPassword", broken);
        }
        return ask(new AdminRequest(AdminAction.RESET_PASSWORD, account, actor(), clock.instant())
                .withPasswordHash(passwordEncoder.encode(temporaryPassword)), account);
    }

    @PreAuthorize("hasAuthority('system:account:unlock')")
    @Transactional
    public AdminOutcome unlock(long id) {
        Account account = load(id, null);
        return ask(new AdminRequest(AdminAction.UNLOCK, account, actor(), clock.instant()), account);
    }

    /**
     * Replaces an account's roles. An administrative duty stands alone on its account; nobody changes their own roles;
     * a role that opens a region's or an organisation's data needs an organisation to take it from.
     */
    @PreAuthorize("hasAuthority('system:account:assign-role')")
    @Transactional
    public AdminOutcome assignRoles(long id, long shownVersion, Set<String> roleCodes) {
        Account account = load(id, shownVersion);
        return ask(new AdminRequest(AdminAction.ASSIGN_ROLES, account, actor(), clock.instant()).withRoles(roleCodes), account);
    }

    /** Moves an account to another organisation, which changes what its roles let it see: an authorisation change. */
    @PreAuthorize("hasAuthority('system:account:assign-role')")
    @Transactional
    public AdminOutcome changeOrganisation(long id, long shownVersion, Long organisationId) {
        Account account = load(id, shownVersion);
        if (java.util.Objects.equals(account.getOrganisationId(), organisationId)) {
            return AdminOutcome.APPLIED;
        }
        return ask(new AdminRequest(AdminAction.CHANGE_ORGANISATION, account, actor(), clock.instant()).withOrganisation(organisationId),
                account);
    }

    /** One of the first administrators of a new database, with the one-time password they are opened with. */
    public record FirstAdministrator(String username, String displayName, String roleCode, String oneTimePassword) {
    }

    /** Whether {@link #openFirstAdministrators} would open anyone: no account exists yet. */
    @PreAuthorize("hasAuthority('system:account:create')")
    @Transactional(readOnly = true)
    public boolean wouldOpenFirstAdministrators() {
        return accounts.count() == 0;
    }

    /**
     * 三员 of a new production database, which has no account: each opened with its own one-time password, to be
     * replaced at the first sign-in. Does nothing (and answers false) once any account exists.
     */
    @PreAuthorize("hasAuthority('system:account:create')")
    @Transactional
    public boolean openFirstAdministrators(long organisationId, List<FirstAdministrator> administrators) {
        if (accounts.count() > 0) {
            return false;
        }
        for (FirstAdministrator admin : administrators) {
            List<String> broken = PasswordPolicy.violations(admin.username(), admin.oneTimePassword());
            if (!broken.isEmpty()) {
                throw new RuleViolation("oneTimePassword", broken);
            }
            Account account = accounts.save(new Account(admin.username(), admin.displayName(), organisationId,
                    passwordEncoder.encode(admin.oneTimePassword()), clock.instant(), true));
            audit.record("account.create", "account", account.getId(), "username=" + admin.username() + " (first start)");
            AdminRequest roles = new AdminRequest(AdminAction.ASSIGN_ROLES, account, 0L, clock.instant()).withRoles(Set.of(admin.roleCode()));
            changes.check(roles, account, null);
            changes.apply(roles, account, "first start");
        }
        return true;
    }

    /** Applies the change, or files it for a second administrator when it needs one. */
    private AdminOutcome ask(AdminRequest change, Account account) {
        Long actor = AuditActor.current().accountId();
        changes.check(change, account, actor);
        if (!changes.needsSecondAdministrator(change, account, actor)) {
            changes.apply(change, account, null);
            return AdminOutcome.APPLIED;
        }
        if (requests.existsByTargetAccountIdAndActionAndStatus(account.getId(), change.getAction(), AdminRequest.Status.PENDING)) {
            throw new RuleViolation("adminRequest.alreadyPending");
        }
        requests.saveAndFlush(change);
        audit.record(AccountChanges.eventName(change.getAction()) + ".requested", "account", account.getId(), "request " + change.getId());
        return AdminOutcome.AWAITING_APPROVAL;
    }

    private Account load(long id, Long shownVersion) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
        if (shownVersion != null) {
            account.requireVersion(shownVersion);
        }
        return account;
    }

    private static long actor() {
        Long id = AuditActor.current().accountId();
        return id == null ? 0L : id;
    }
}
