package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PortalTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private int audited(String action, String username) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and username = ?", Integer.class, action, username);
    }

    @Test
    void theSignInPageIsChineseAndPublic() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("吉林省劳务品牌建设管理平台")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void aDemoAccountSignsInAndTheSignInIsAudited() throws Exception {
        int before = audited("login.success", "hrss.reviewer");
        mvc.perform(formLogin("/login").user("hrss.reviewer").password(Fixtures.DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("hrss.reviewer"))
                .andExpect(redirectedUrl("/"));
        assertThat(audited("login.success", "hrss.reviewer")).isEqualTo(before + 1);
    }

    @Test
    void aWrongPasswordFailsWithTheSameAnswerAsAnUnknownUser() throws Exception {
        MvcResult wrongPassword = mvc.perform(formLogin("/login").user("hrss.director").password("wrong-password"))
                .andExpect(unauthenticated()).andReturn();
        MvcResult unknownUser = mvc.perform(formLogin("/login").user("nobody.at.all").password("wrong-password"))
                .andExpect(unauthenticated()).andReturn();
        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error")
                .isEqualTo(unknownUser.getResponse().getRedirectedUrl());
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String username = Fixtures.uniqueUsername("lockout");
        fixtures.account(username, "吉林省人力资源和社会保障厅", false, RoleCode.PROVINCE_REVIEWER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-password")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(username).password(Fixtures.DEMO_PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(audited("login.lockout", username)).isEqualTo(1);

        jdbc.update("update account set locked_until = now() - interval '1 second' where username = ?", username);
        mvc.perform(formLogin("/login").user(username).password(Fixtures.DEMO_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "hrss.reviewer").param("password", Fixtures.DEMO_PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void aPageNeedsASignedInUser() throws Exception {
        mvc.perform(get("/organisations")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        int before = audited("logout", "dept.finance");
        MvcResult signedIn = mvc.perform(formLogin("/login").user("dept.finance").password(Fixtures.DEMO_PASSWORD))
                .andExpect(authenticated()).andReturn();
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(audited("logout", "dept.finance")).isEqualTo(before + 1);
    }

    @Test
    void anAccountWhosePasswordMustChangeSeesOnlyThePasswordPage() throws Exception {
        String username = Fixtures.uniqueUsername("newcomer");
        fixtures.account(username, "吉林省财政厅", true, RoleCode.DEPARTMENT_OFFICER);
        MvcResult signedIn = mvc.perform(formLogin("/login").user(username).password(Fixtures.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/account/password")).andReturn();
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        mvc.perform(get("/organisations").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", Fixtures.DEMO_PASSWORD)
                        .param("newPassword", "Spring#Rain2026").param("confirmPassword", "Spring#Rain2026"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/organisations").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aNewPasswordThatBreaksThePolicyIsRefusedWithTheReason() throws Exception {
        String username = Fixtures.uniqueUsername("policy");
        fixtures.account(username, null, false);
        MvcResult signedIn = mvc.perform(formLogin("/login").user(username).password(Fixtures.DEMO_PASSWORD)).andReturn();
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", Fixtures.DEMO_PASSWORD)
                        .param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("密码至少 12 位")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("value=\"short\""))));
    }
}
