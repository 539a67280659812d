package cn.jilin.laborbrand.platform.account;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditOutcome;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: sign-in and its lockout, one's own password, and opening and finding accounts. What administrators do
 * to existing accounts is {@link AccountAdminService}'s (three duties kept apart, four eyes on administrators). A
 * lockout or a password change ends the account's other sessions ({@link AccountAccessChanged}).
 */
@Service
public class AccountService implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final AccountRepository accounts;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AccountRepository accounts, OrganisationService organisations, RegionService regions, PasswordEncoder passwordEncoder,
                   AuditService audit, SecuritySettings settings, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.regions = regions;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    // ---- sign-in ----------------------------------------------------------------------------------------------

    /** Loads the principal for Spring Security's form login; username matching ignores case. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return signedIn(account);
    }

    /** Resets the failure count and records the sign-in. */
    @Transactional
    public void recordLoginSuccess(String username) {
        accounts.findForUpdateByUsernameIgnoreCase(username).ifPresent(account -> {
            account.registerLogin(now());
            audit.record(actorOf(account), "login.success", "account", account.getId(), AuditOutcome.SUCCESS, null);
        });
    }

    /**
     * 等保: the n-th consecutive failure locks the account for a while. The attempt is logged under the name typed,
     * whether or not an account has it.
     */
    @Transactional
    public void recordLoginFailure(String typedUsername, String reason) {
        String username = typedUsername == null ? "" : typedUsername.strip();
        Optional<Account> found = accounts.findForUpdateByUsernameIgnoreCase(username);
        if (found.isEmpty()) {
            audit.record(new AuditActor(null, truncate(username, 64), null), "login.failure", "account", null, AuditOutcome.FAILURE, reason);
            return;
        }
        Account account = found.get();
        AuditActor actor = actorOf(account);
        audit.record(actor, "login.failure", "account", account.getId(), AuditOutcome.FAILURE, reason);
        if (!account.isLocked(now()) && account.registerFailedLogin(now(), settings.maxFailedLogins(), settings.lockoutDuration())) {
            audit.record(actor, "login.lockout", "account", account.getId(), AuditOutcome.FAILURE,
                    "locked until " + account.getLockedUntil());
            events.publishEvent(new AccountAccessChanged(account.getUsername(), false));
        }
    }

    @Transactional
    public void recordLogout(SignedInAccount user) {
        audit.record(new AuditActor(user.accountId(), user.username(), user.organisationId()), "logout", "account",
                user.accountId(), AuditOutcome.SUCCESS, null);
    }

    /** The owner changes their own password: the current one must be right, the new one must pass the policy. */
    @Transactional
    public void changeOwnPassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolation("currentPassword", "password.current.wrong");
        }
        requirePolicy(account.getUsername(), newPassword, "newPassword");
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new RuleViolation("newPassword", "password.policy.reuse");
        }
        account.changePassword(passwordEncoder.encode(newPassword), now(), false);
        audit.record("password.change", "account", accountId, null);
        // whoever else holds a session of this account (a stolen one, say) must sign in with the new password
        events.publishEvent(new AccountAccessChanged(account.getUsername(), true));
    }

    // ---- system administrator ------------------------------------------------------------------------------------

    @PreAuthorize("hasAuthority('system:account:view')")
    @Transactional(readOnly = true)
    public Page<AccountSummary> search(AccountFilter filter, Pageable pageable) {
        Map<Long, String> orgNames = organisationNames();
        Instant now = now();
        return accounts.findAll(filter.toSpecification(), pageable).map(a -> summarise(a, orgNames, now));
    }

    /** Whether any account exists yet (a new production database has none). */
    @PreAuthorize("hasAuthority('system:account:view')")
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    @PreAuthorize("hasAuthority('system:account:view')")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(a -> summarise(a, organisationNames(), now()));
    }

    /**
     * 三(二): the accounts holding a role (EXPERT, say), by username and name only, for linking an expert of the pool to
     * the account they sign in with. HRSS keeps the pool; it sees nothing else of accounts.
     */
    @PreAuthorize("hasAuthority('expert:manage') or hasAuthority('expert:view')")
    @Transactional(readOnly = true)
    public List<AccountChoice> holdersOf(String roleCode) {
        return accounts.findAll(new AccountFilter(null, null, roleCode, null).toSpecification(), org.springframework.data.domain.Sort.by("username"))
                .stream().map(a -> new AccountChoice(a.getId(), a.getUsername(), a.getDisplayName(), a.isEnabled())).toList();
    }

    @PreAuthorize("hasAuthority('system:account:view')")
    @Transactional(readOnly = true)
    public AccountSummary get(long id) {
        return summarise(load(id), organisationNames(), now());
    }

    /**
     * Creates an account with no role (the security administrator assigns roles). With password ageing on (always, but
     * for demo accounts) the owner must replace the initial password at the first sign-in.
     */
    @PreAuthorize("hasAuthority('system:account:create')")
    @Transactional
    public long create(NewAccount request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolation("username", "account.username.format");
        }
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new RuleViolation("username", "account.username.taken");
        }
        requireOrganisation(request.organisationId());
        requirePolicy(username, request.initialPassword(), "initialPassword");
        Account account = new Account(username, request.displayName().strip(), request.organisationId(),
                passwordEncoder.encode(request.initialPassword()), now(), request.passwordAgeing());
        accounts.save(account);
        audit.record("account.create", "account", account.getId(), "username=" + username + " organisation=" + request.organisationId());
        return account.getId();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** The data scope an account's roles open: the widest of them. */
    DataScope scopeOf(Account account) {
        DataScope.Kind widest = account.getRoles().stream().map(Role::getDataScope)
                .max(Comparator.naturalOrder()).orElse(DataScope.Kind.NONE);
        Optional<OrganisationChoice> organisation = Optional.ofNullable(account.getOrganisationId()).flatMap(organisations::choice);
        return switch (widest) {
            case PROVINCE -> DataScope.province();
            case REGION -> organisation.map(o -> DataScope.region(o.regionCode(), regions.coveredCodes(o.regionCode()))).orElse(DataScope.none());
            case ORGANISATION -> organisation.map(o -> DataScope.organisation(o.id())).orElse(DataScope.none());
            case EXPERT -> DataScope.expert(account.getId());
            case NONE -> DataScope.none();
        };
    }

    private SignedInAccount signedIn(Account account) {
        Instant now = now();
        Set<String> permissions = new HashSet<>();
        account.getRoles().forEach(r -> permissions.addAll(r.permissionCodes()));
        String organisationName = Optional.ofNullable(account.getOrganisationId()).flatMap(organisations::choice)
                .map(OrganisationChoice::name).orElse(null);
        return new SignedInAccount(account.getId(), account.getUsername(), account.getPasswordHash(), account.getDisplayName(),
                account.getOrganisationId(), organisationName, account.sortedRoles().stream().map(Role::getCode).toList(),
                permissions, scopeOf(account), account.isEnabled(), account.isLocked(now),
                account.mustChangePassword(now, settings.passwordMaxAge()));
    }

    private AccountSummary summarise(Account a, Map<Long, String> orgNames, Instant now) {
        return new AccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getOrganisationId(),
                a.getOrganisationId() == null ? null : orgNames.get(a.getOrganisationId()),
                a.sortedRoles().stream().map(Role::getCode).toList(), a.isEnabled(), a.isLocked(now), a.getLockedUntil(),
                a.mustChangePassword(now, settings.passwordMaxAge()), a.getLastLoginAt(), a.getVersion());
    }

    private Map<Long, String> organisationNames() {
        return organisations.choices().stream().collect(Collectors.toMap(OrganisationChoice::id, OrganisationChoice::name));
    }

    private void requireOrganisation(Long organisationId) {
        if (organisationId != null && organisations.choice(organisationId).isEmpty()) {
            throw new RuleViolation("organisationId", "account.organisation.unknown");
        }
    }

    private static void requirePolicy(String username, String password, String field) {
        List<String> broken = new ArrayList<>(PasswordPolicy.violations(username, password));
        if (!broken.isEmpty()) {
            throw new RuleViolation(field, broken);
        }
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private static AuditActor actorOf(Account account) {
        return new AuditActor(account.getId(), account.getUsername(), account.getOrganisationId());
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private Instant now() {
        return clock.instant();
    }
}
