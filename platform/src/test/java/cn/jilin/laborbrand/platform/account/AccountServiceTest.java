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
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PlatformTestApplication.class)
@Transactional
class AccountServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "Jilin#Brand2025";

    @Autowired
    AccountService accounts;
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
            accounts.assignRoles(id, accounts.get(id).version(), Set.of(roles), -1L);
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
        assertThat(auditor.permissions()).containsExactlyInAnyOrder("system:audit:view", "system:audit:export");
    }

    @Test
    void anAdministrativeDutyStandsAloneAndNobodyChangesTheirOwnRoles() {
        long id = newAccount(newUsername(), "吉林省人力资源和社会保障厅");
        assertThatThrownBy(() -> accounts.assignRoles(id, accounts.get(id).version(), Set.of(RoleCode.SYSTEM_ADMIN, RoleCode.PROVINCE_MANAGER), -1L))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("account.roles.adminDutyAlone"));
        assertThatThrownBy(() -> accounts.assignRoles(id, accounts.get(id).version(), Set.of(RoleCode.PROVINCE_MANAGER), id))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("account.roles.self"));
    }

    @Test
    void aRegionalRoleNeedsAnOrganisation() {
        long id = newAccount(newUsername(), null);
        assertThatThrownBy(() -> accounts.assignRoles(id, accounts.get(id).version(), Set.of(RoleCode.CITY_OFFICER), -1L))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("account.roles.needOrganisation"));
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
