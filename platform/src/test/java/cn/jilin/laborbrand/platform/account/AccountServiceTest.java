package cn.jilin.laborbrand.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PlatformTestApplication.class)
@Transactional
class AccountServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "Jilin#Brand2025";

    @Autowired
    AccountService accounts;
    @Autowired
    AccountAdminService administration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;

    /** Changes a row behind JPA's back, as time passing would, and forgets what JPA had loaded. */
    private void update(String sql, long id) {
        entityManager.flush();
        jdbc.update(sql, id);
        entityManager.clear();
    }

    private long organisation(String name) {
        return jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
    }

    private String newUsername() {
        return "test.user" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
    }

    private long newAccount(String username, String organisation, String... roles) {
        long id = accounts.create(new NewAccount(username, "测试用户", organisation == null ? null : organisation(organisation), PASSWORD, false));
        if (roles.length > 0) {
            administration.assignRoles(id, accounts.get(id).version(), Set.of(roles));
        }
        return id;
    }

    private int auditCount(String action, long accountId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and account_id = ?", Integer.class, action, accountId);
    }

    @Test
    void theFifthConsecutiveFailureLocksTheAccount() {
        String username = newUsername();
        long id = newAccount(username, null);
        for (int i = 0; i < 4; i++) {
            accounts.recordLoginFailure(username, "bad credentials");
        }
        assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isTrue();
        accounts.recordLoginFailure(username.toUpperCase(), "bad credentials");
        assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isFalse();
        assertThat(auditCount("login.failure", id)).isEqualTo(5);
        assertThat(auditCount("login.lockout", id)).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String username = newUsername();
        newAccount(username, null);
        for (int i = 0; i < 4; i++) {
            accounts.recordLoginFailure(username, "bad credentials");
        }
        accounts.recordLoginSuccess(username);
        accounts.recordLoginFailure(username, "bad credentials");
        assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isTrue();
    }

    @Test
    void theLockLiftsByItself() {
        String username = newUsername();
        long id = newAccount(username, null);
        for (int i = 0; i < 5; i++) {
            accounts.recordLoginFailure(username, "bad credentials");
        }
        update("update account set locked_until = now() - interval '1 minute' where id = ?", id);
        assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isTrue();
    }

    @Test
    void failuresForUnknownNamesAreLoggedUnderTheTypedName() {
        accounts.recordLoginFailure("nobody.here", "bad credentials");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'login.failure' and username = 'nobody.here' and account_id is null",
                Integer.class)).isPositive();
    }

    @Test
    void scopeFollowsTheWidestRoleAndTheOrganisationsRegion() {
        String officer = newUsername();
        newAccount(officer, "长春市人力资源和社会保障局", RoleCode.CITY_OFFICER);
        DataScope scope = ((SignedInAccount) accounts.loadUserByUsername(officer)).scope();
        assertThat(scope.kind()).isEqualTo(DataScope.Kind.REGION);
        assertThat(scope.regionCodes()).contains("220100", "220102").doesNotContain("220400");

        String department = newUsername();
        newAccount(department, "吉林省财政厅", RoleCode.DEPARTMENT_OFFICER);
        assertThat(((SignedInAccount) accounts.loadUserByUsername(department)).scope())
                .isEqualTo(DataScope.organisation(organisation("吉林省财政厅")));

        String admin = newUsername();
        newAccount(admin, "吉林省人力资源和社会保障厅", RoleCode.AUDIT_ADMIN);
        SignedInAccount auditor = (SignedInAccount) accounts.loadUserByUsername(admin);
        assertThat(auditor.scope().kind()).isEqualTo(DataScope.Kind.NONE);
        assertThat(auditor.permissions()).containsExactlyInAnyOrder("system:audit:view", "system:audit:export", "system:admin-request:approve",
                "api:client:view");
    }

    /** Runs {@code work} as the given account (a security context with its principal, as a signed-in request has). */
    private void as(String username, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SignedInAccount user = (SignedInAccount) accounts.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void anAdministrativeDutyStandsAloneAndNobodyChangesTheirOwnRoles() {
        long id = newAccount(newUsername(), "吉林省人力资源和社会保障厅");
        assertThatThrownBy(() -> administration.assignRoles(id, accounts.get(id).version(), Set.of(RoleCode.SYSTEM_ADMIN, RoleCode.PROVINCE_MANAGER)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("account.roles.adminDutyAlone"));
        String security = newUsername();
        long securityId = newAccount(security, "吉林省人力资源和社会保障厅", RoleCode.SECURITY_ADMIN);
        as(security, () -> assertThatThrownBy(() -> administration.assignRoles(securityId, accounts.get(securityId).version(),
                Set.of(RoleCode.PROVINCE_MANAGER)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("account.roles.self")));
    }

    @Test
    void aRegionalRoleNeedsAnOrganisation() {
        long id = newAccount(newUsername(), null);
        assertThatThrownBy(() -> administration.assignRoles(id, accounts.get(id).version(), Set.of(RoleCode.CITY_OFFICER)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("account.roles.needOrganisation"));
        long officer = newAccount(newUsername(), "长春市人力资源和社会保障局", RoleCode.CITY_OFFICER);
        assertThatThrownBy(() -> administration.changeOrganisation(officer, accounts.get(officer).version(), null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("account.roles.needOrganisation"));
    }

    @Test
    void anAdministratorsActionOnAnAdministratorWaitsForASecondOne() {
        String system = newUsername();
        newAccount(system, "吉林省人力资源和社会保障厅", RoleCode.SYSTEM_ADMIN);
        String audit = newUsername();
        long auditId = newAccount(audit, "吉林省人力资源和社会保障厅", RoleCode.AUDIT_ADMIN);
        String hashBefore = jdbc.queryForObject("select password_hash from account where id = ?", String.class, auditId);
        as(system, () -> assertThat(administration.resetPassword(auditId, "Taken#Over2026x")).isEqualTo(AdminOutcome.AWAITING_APPROVAL));
        entityManager.flush();
        assertThat(jdbc.queryForObject("select password_hash from account where id = ?", String.class, auditId)).isEqualTo(hashBefore);
        assertThat(jdbc.queryForObject("select count(*) from admin_request where target_account_id = ? and status = 'PENDING'", Integer.class, auditId))
                .isEqualTo(1);
        long officer = newAccount(newUsername(), "长春市人力资源和社会保障局", RoleCode.CITY_OFFICER);
        as(system, () -> assertThat(administration.setEnabled(officer, false)).isEqualTo(AdminOutcome.APPLIED));
    }

    @Test
    void newAccountsFollowThePasswordPolicyAndMustChangeTheInitialPassword() {
        assertThatThrownBy(() -> accounts.create(new NewAccount(newUsername(), "某人", null, "short", true)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("initialPassword"));
        String username = newUsername();
        accounts.create(new NewAccount(username, "某人", null, PASSWORD, true));
        assertThat(((SignedInAccount) accounts.loadUserByUsername(username)).passwordChangeRequired()).isTrue();
        assertThatThrownBy(() -> accounts.create(new NewAccount(username.toUpperCase(), "某人", null, PASSWORD, true)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("account.username.taken"));
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOneAndClearsTheRequirement() {
        String username = newUsername();
        long id = accounts.create(new NewAccount(username, "某人", null, PASSWORD, true));
        assertThatThrownBy(() -> accounts.changeOwnPassword(id, "wrong", "Another#Pass2026"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(id, PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("password.policy.reuse"));
        accounts.changeOwnPassword(id, PASSWORD, "Another#Pass2026");
        assertThat(((SignedInAccount) accounts.loadUserByUsername(username)).passwordChangeRequired()).isFalse();
    }

    @Test
    void anOldPasswordMustBeChangedWhenAgeingIsOn() {
        String username = newUsername();
        long id = accounts.create(new NewAccount(username, "某人", null, PASSWORD, true));
        accounts.changeOwnPassword(id, PASSWORD, "Another#Pass2026");
        update("update account set password_changed_at = now() - interval '91 days' where id = ?", id);
        assertThat(((SignedInAccount) accounts.loadUserByUsername(username)).passwordChangeRequired()).isTrue();
    }
}
