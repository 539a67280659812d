package cn.jilin.laborbrand.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordOfThreeClasses() {
        assertThat(PasswordPolicy.violations("changchun.officer", "Jilin#Brand2025")).isEmpty();
        assertThat(PasswordPolicy.violations("someone", "spring rain 2025")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.violations("someone", "Ab1#defgh")).containsExactly("password.policy.length");
    }

    @Test
    void refusesFewerThanThreeClasses() {
        assertThat(PasswordPolicy.violations("someone", "abcdefghijkl1234")).containsExactly("password.policy.classes");
    }

    @Test
    void refusesPasswordsContainingTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.violations("auditor", "AUDITOR#2025xy")).containsExactly("password.policy.username");
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThat(PasswordPolicy.violations("abc", "abc"))
                .containsExactly("password.policy.length", "password.policy.classes", "password.policy.username");
    }
}
