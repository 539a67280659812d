package cn.jilin.laborbrand.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.platform.account.AdminAction;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 三员分立 with four eyes: every administrator tries every administrative action on every other administrator's
 * account and on their own. Nothing changes at once: the action is refused (no permission, or a rule), or it waits
 * for a second administrator. Neither its author nor the administrator it concerns can approve it; a third can, and
 * then it takes effect. Both steps are in the audit log.
 */
@PortalTest
class AdministratorFourEyesTest {

    private static final String HRSS = "吉林省人力资源和社会保障厅";
    private static final String NEW_PASSWORD = "Taken#Over2026x";
    private static final List<String> ADMIN_ROLES = List.of(RoleCode.SYSTEM_ADMIN, RoleCode.SECURITY_ADMIN, RoleCode.AUDIT_ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    private String admin(String role) {
        String username = Fixtures.uniqueUsername("adm");
        fixtures.account(username, HRSS, false, role);
        return username;
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private long version(long accountId) {
        return jdbc.queryForObject("select version from account where id = ?", Long.class, accountId);
    }

    /** What an administrative action could change about an account. */
    private Map<String, Object> state(long accountId) {
        return jdbc.queryForMap("""
                select a.password_hash, a.enabled, a.locked_until, a.display_name, a.organisation_id,
                       (select string_agg(role_code, ',' order by role_code) from account_role r where r.account_id = a.id) as roles
                from account a where a.id = ?""", accountId);
    }

    /** The request that performs {@code action} on the account, as the admin pages post it. */
    private MockHttpServletRequestBuilder request(AdminAction action, long target) {
        String base = "/admin/users/" + target;
        return switch (action) {
            case EDIT_PROFILE -> post(base).param("displayName", "改过的名字").param("version", String.valueOf(version(target)));
            case DISABLE -> post(base + "/disable");
            case ENABLE -> post(base + "/enable");
            case RESET_PASSWORD -> post(base + "/password").param("temporaryPassword", NEW_PASSWORD);
            case UNLOCK -> post(base + "/unlock");
            case ASSIGN_ROLES -> post(base + "/roles").param("roles", RoleCode.PROVINCE_REVIEWER).param("version", String.valueOf(version(target)));
            case CHANGE_ORGANISATION -> post(base + "/organisation").param("organisationId", String.valueOf(fixtures.organisationId("吉林省财政厅")))
                    .param("version", String.valueOf(version(target)));
        };
    }

    /** Puts the account where the action has something to do: disabled before enabling, locked before unlocking. */
    private void prepare(AdminAction action, long target) {
        if (action == AdminAction.ENABLE) {
            jdbc.update("update account set enabled = false where id = ?", target);
        }
        if (action == AdminAction.UNLOCK) {
            jdbc.update("update account set locked_until = now() + interval '1 hour' where id = ?", target);
        }
    }

    private static boolean holds(String role, AdminAction action) {
        return switch (role) {
            case RoleCode.SYSTEM_ADMIN -> action != AdminAction.ASSIGN_ROLES && action != AdminAction.CHANGE_ORGANISATION;
            case RoleCode.SECURITY_ADMIN -> action == AdminAction.ASSIGN_ROLES || action == AdminAction.CHANGE_ORGANISATION;
            default -> false;
        };
    }

    private Long pendingRequest(long target, AdminAction action) {
        List<Long> ids = jdbc.queryForList("select id from admin_request where target_account_id = ? and action = ? and status = 'PENDING'",
                Long.class, target, action.name());
        return ids.isEmpty() ? null : ids.get(0);
    }

    private MvcResult decide(String username, long requestId, String decision) throws Exception {
        long version = jdbc.queryForObject("select version from admin_request where id = ?", Long.class, requestId);
        return mvc.perform(post("/admin/requests/" + requestId + "/" + decision).param("version", String.valueOf(version))
                .param("reason", "理由").with(fixtures.as(username)).with(csrf())).andReturn();
    }

    @Test
    void noAdministratorChangesAnAdministratorsAccountAloneAndAThirdOneApproves() throws Exception {
        List<String> problems = new ArrayList<>();
        int awaited = 0;
        for (String actorRole : ADMIN_ROLES) {
            for (String targetRole : List.of(RoleCode.SYSTEM_ADMIN, RoleCode.SECURITY_ADMIN, RoleCode.AUDIT_ADMIN, "SELF")) {
                for (AdminAction action : AdminAction.values()) {
                    String actor = admin(actorRole);
                    String target = targetRole.equals("SELF") ? actor : admin(targetRole);
                    long targetId = id(target);
                    prepare(action, targetId);
                    String name = actorRole + " → " + targetRole + " " + action;
                    Map<String, Object> before = state(targetId);
                    int status = mvc.perform(request(action, targetId).with(fixtures.as(actor)).with(csrf())).andReturn().getResponse().getStatus();
                    if (!holds(actorRole, action)) {
                        if (status != 403) {
                            problems.add(name + ": expected 403, got " + status);
                        }
                    } else if (status != 302 && status != 200) {
                        problems.add(name + ": expected a redirect (or the form again, refused), got " + status);
                    }
                    if (!state(targetId).equals(before)) {
                        problems.add(name + ": the account changed at once");
                    }
                    Long requestId = pendingRequest(targetId, action);
                    if (requestId == null) {
                        continue;
                    }
                    awaited++;
                    if (!holds(actorRole, action)) {
                        problems.add(name + ": a request was filed without the permission");
                    }
                    decide(actor, requestId, "approve");
                    if (!targetRole.equals("SELF")) {
                        decide(target, requestId, "approve");
                        decide(target, requestId, "reject");
                    }
                    if (!state(targetId).equals(before) || pendingRequest(targetId, action) == null) {
                        problems.add(name + ": its author or subject could approve or reject it");
                    }
                    decide(admin(RoleCode.AUDIT_ADMIN), requestId, "approve");
                    if (!applied(action, targetId, before)) {
                        problems.add(name + ": a third administrator's approval did not apply it");
                    }
                    assertAudited(actor, requestId, action, targetId, problems, name);
                }
            }
        }
        assertThat(problems).isEmpty();
        // every action asked by a holder of its permission waited, except disabling oneself and one's own roles (refused)
        // system: 5 actions × 3 other administrators, and 4 on itself; security: 2 × 3, and its own organisation
        assertThat(awaited).isEqualTo(5 * 3 + 4 + 2 * 3 + 1);
    }

    private boolean applied(AdminAction action, long target, Map<String, Object> before) {
        Map<String, Object> after = state(target);
        return switch (action) {
            case EDIT_PROFILE -> "改过的名字".equals(after.get("display_name"));
            case DISABLE -> Boolean.FALSE.equals(after.get("enabled"));
            case ENABLE -> Boolean.TRUE.equals(after.get("enabled"));
            case RESET_PASSWORD -> passwordEncoder.matches(NEW_PASSWORD, (String) after.get("password_hash"))
                    && !after.get("password_hash").equals(before.get("password_hash"));
            case UNLOCK -> after.get("locked_until") == null;
            case ASSIGN_ROLES -> RoleCode.PROVINCE_REVIEWER.equals(after.get("roles"));
            case CHANGE_ORGANISATION -> Long.valueOf(fixtures.organisationId("吉林省财政厅")).equals(((Number) after.get("organisation_id")).longValue());
        };
    }

    private void assertAudited(String actor, long requestId, AdminAction action, long target, List<String> problems, String name) {
        int asked = jdbc.queryForObject("select count(*) from audit_event where username = ? and action like '%.requested' and object_id = ?",
                Integer.class, actor, String.valueOf(target));
        int approved = jdbc.queryForObject("select count(*) from audit_event where action = 'admin-request.approve' and object_id = ?",
                Integer.class, String.valueOf(requestId));
        int refused = jdbc.queryForObject("""
                select count(*) from audit_event where object_id = ? and action like 'account.%' and action not like '%.requested'
                and detail like ?""", Integer.class, String.valueOf(target), "%request " + requestId + " %");
        if (asked == 0 || approved != 1 || refused != 1) {
            problems.add(name + ": audit trail incomplete (asked " + asked + ", approved " + approved + ", applied " + refused + ")");
        }
    }

    @Test
    void aBusinessAccountIsChangedAtOnceButGrantingAnAdministrativeDutyWaits() throws Exception {
        String security = admin(RoleCode.SECURITY_ADMIN);
        long officer = fixtures.account(Fixtures.uniqueUsername("officer"), "长春市人力资源和社会保障局", false, RoleCode.CITY_OFFICER);
        mvc.perform(post("/admin/users/" + officer + "/organisation").param("organisationId", String.valueOf(fixtures.organisationId("辽源市人力资源和社会保障局")))
                .param("version", String.valueOf(version(officer))).with(fixtures.as(security)).with(csrf())).andReturn();
        assertThat(state(officer).get("organisation_id")).isEqualTo(fixtures.organisationId("辽源市人力资源和社会保障局"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'account.organisation' and object_id = ? and outcome = 'SUCCESS'",
                Integer.class, String.valueOf(officer))).isEqualTo(1);

        long plain = fixtures.account(Fixtures.uniqueUsername("plain"), HRSS, false);
        mvc.perform(post("/admin/users/" + plain + "/roles").param("roles", RoleCode.SYSTEM_ADMIN).param("version", String.valueOf(version(plain)))
                .with(fixtures.as(security)).with(csrf())).andReturn();
        assertThat(state(plain).get("roles")).isNull();
        assertThat(pendingRequest(plain, AdminAction.ASSIGN_ROLES)).isNotNull();
    }

    @Test
    void theSystemAdministratorNoLongerMovesAnAccountToAnotherOrganisation() throws Exception {
        String system = admin(RoleCode.SYSTEM_ADMIN);
        long officer = fixtures.account(Fixtures.uniqueUsername("officer"), "长春市人力资源和社会保障局", false, RoleCode.CITY_OFFICER);
        Object before = state(officer).get("organisation_id");
        mvc.perform(post("/admin/users/" + officer).param("displayName", "新名字").param("version", String.valueOf(version(officer)))
                .with(fixtures.as(system)).with(csrf())).andReturn();
        assertThat(state(officer).get("display_name")).isEqualTo("新名字");
        assertThat(state(officer).get("organisation_id")).isEqualTo(before);
        assertThat(mvc.perform(post("/admin/users/" + officer + "/organisation").param("organisationId", "1").param("version", "0")
                .with(fixtures.as(system)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
