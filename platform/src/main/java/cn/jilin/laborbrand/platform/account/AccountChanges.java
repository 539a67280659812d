package cn.jilin.laborbrand.platform.account;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place where an administrator's action changes an account, whether at once or after a second administrator's
 * approval: its rules, the change, its audit record, and the end of the account's sessions when its access changed.
 */
@Component
class AccountChanges {

    private final RoleRepository roles;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountChanges(RoleRepository roles, OrganisationService organisations, AuditService audit, ApplicationEventPublisher events,
                   Clock clock) {
        this.roles = roles;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Refuses a change that breaks a rule as the account stands now; the request's author is {@code actingAccountId}. */
    void check(AdminRequest change, Account account, Long actingAccountId) {
        switch (change.getAction()) {
            case EDIT_PROFILE -> {
                String name = change.getNewDisplayName();
                if (name == null || name.isBlank() || name.strip().length() > 64) {
                    throw new RuleViolation("displayName", "account.displayName.invalid");
                }
            }
            case DISABLE -> {
                if (actingAccountId != null && account.getId().equals(actingAccountId)) {
                    throw new RuleViolation("account.disable.self");
                }
            }
            case ASSIGN_ROLES -> {
                if (actingAccountId != null && account.getId().equals(actingAccountId)) {
                    throw new RuleViolation("roles", "account.roles.self");
                }
                Set<Role> chosen = rolesOf(change);
                if (chosen.size() > 1 && chosen.stream().anyMatch(Role::isAdminDuty)) {
                    throw new RuleViolation("roles", "account.roles.adminDutyAlone");
                }
                requireOrganisationFitsRoles(account.getOrganisationId(), chosen);
            }
            case CHANGE_ORGANISATION -> {
                Long organisationId = change.getNewOrganisationId();
                if (organisationId != null && organisations.choice(organisationId).isEmpty()) {
                    throw new RuleViolation("organisationId", "account.organisation.unknown");
                }
                requireOrganisationFitsRoles(organisationId, account.getRoles());
            }
            case ENABLE, RESET_PASSWORD, UNLOCK -> {
                // nothing beyond the permission (and, for a password, the policy checked where it is still plain text)
            }
        }
    }

    /** Whether the change needs a second administrator: it concerns an administrator, the actor, or grants a duty. */
    boolean needsSecondAdministrator(AdminRequest change, Account account, Long actingAccountId) {
        if (actingAccountId == null) {
            return false; // the platform itself (first start, demo data)
        }
        return account.getId().equals(actingAccountId)
                || account.getRoles().stream().anyMatch(Role::isAdminDuty)
                || change.getAction() == AdminAction.ASSIGN_ROLES && rolesOf(change).stream().anyMatch(Role::isAdminDuty);
    }

    /** Applies a change that passed {@link #check}; {@code detail} says on whose request, when approved. */
    void apply(AdminRequest change, Account account, String detail) {
        String audited = switch (change.getAction()) {
            case EDIT_PROFILE -> {
                account.rename(change.getNewDisplayName().strip());
                yield "displayName changed";
            }
            case DISABLE -> {
                account.setEnabled(false);
                yield null;
            }
            case ENABLE -> {
                account.setEnabled(true);
                yield null;
            }
            case RESET_PASSWORD -> {
                account.changePassword(change.getNewPasswordHash(), clock.instant(), true);
                account.unlock();
                yield null;
            }
            case UNLOCK -> {
                account.unlock();
                yield null;
            }
            case ASSIGN_ROLES -> {
                Set<Role> chosen = rolesOf(change);
                String before = codes(account.getRoles());
                account.replaceRoles(chosen);
                yield "before=" + before + " after=" + codes(chosen);
            }
            case CHANGE_ORGANISATION -> {
                Long before = account.getOrganisationId();
                account.moveTo(change.getNewOrganisationId());
                yield "before=" + before + " after=" + change.getNewOrganisationId();
            }
        };
        audit.record(eventName(change.getAction()), "account", account.getId(), join(audited, detail));
        if (change.getAction().endsSessions()) {
            events.publishEvent(new AccountAccessChanged(account.getUsername(), false));
        }
    }

    static String eventName(AdminAction action) {
        return switch (action) {
            case EDIT_PROFILE -> "account.edit";
            case DISABLE -> "account.disable";
            case ENABLE -> "account.enable";
            case RESET_PASSWORD -> "account.reset-password";
            case UNLOCK -> "account.unlock";
            case ASSIGN_ROLES -> "account.roles";
            case CHANGE_ORGANISATION -> "account.organisation";
        };
    }

    private Set<Role> rolesOf(AdminRequest change) {
        Set<Role> chosen = new LinkedHashSet<>();
        for (String code : change.getNewRoles()) {
            chosen.add(roles.findById(code).orElseThrow(() -> new RuleViolation("roles", "account.roles.unknown")));
        }
        return chosen;
    }

    private static void requireOrganisationFitsRoles(Long organisationId, Set<Role> chosen) {
        boolean needsOrganisation = chosen.stream().anyMatch(r ->
                r.getDataScope() == DataScope.Kind.REGION || r.getDataScope() == DataScope.Kind.ORGANISATION);
        if (needsOrganisation && organisationId == null) {
            throw new RuleViolation("account.roles.needOrganisation");
        }
    }

    private static String codes(Set<Role> set) {
        return set.stream().map(Role::getCode).sorted().collect(Collectors.joining(",", "[", "]"));
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }
}
