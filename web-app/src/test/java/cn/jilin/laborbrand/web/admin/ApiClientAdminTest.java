package cn.jilin.laborbrand.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * /admin/api-clients: the security administrator registers a client and sees its token once (only a hash and a prefix
 * are kept anywhere), rotates and disables it with immediate effect; the audit administrator may look; nobody else.
 */
@PortalTest
class ApiClientAdminTest {

    private static final String GOV = "/api/v1/gov/certificates/aggregates";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private MockHttpServletRequestBuilder registration(String name) {
        return post("/admin/api-clients").with(csrf())
                .param("name", name).param("organisation", "吉林省统计局").param("contact", "李四 0431-1234567")
                .param("regionCode", "220400").param("datasets", "CERTIFICATES", "BRAND_APPLICATIONS")
                .param("ratePerMinute", "30").param("expiresOn", LocalDate.now().plusYears(1).toString());
    }

    @Test
    void theSecurityAdministratorRegistersAClientWhoseTokenIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        String name = "统计局数据交换" + System.nanoTime() % 1_000_000;
        MvcResult registered = mvc.perform(registration(name).with(fixtures.as("secadmin"))).andReturn();
        assertThat(registered.getResponse().getStatus()).isEqualTo(200);
        assertThat(registered.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        String token = shownToken(registered);
        assertThat(token).matches("jlb_[A-Za-z0-9_-]{43}");

        Map<String, Object> row = jdbc.queryForMap("select * from api_client where name = ?", name);
        long id = ((Number) row.get("id")).longValue();
        assertThat(row.get("token_hash")).isEqualTo(sha256(token));
        assertThat(row.get("token_prefix")).isEqualTo(token.substring(0, 10));
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(token.substring(10)));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ?", Integer.class, "%" + token.substring(10) + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'api-client.register' and object_id = ? and username = 'secadmin'",
                Integer.class, String.valueOf(id))).isEqualTo(1);

        String list = mvc.perform(get("/admin/api-clients").with(fixtures.as("secadmin"))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(name).contains(token.substring(0, 10)).doesNotContain(token.substring(10));

        assertThat(call(token)).isEqualTo(200);

        MvcResult rotated = mvc.perform(post("/admin/api-clients/{id}/rotate", id).with(csrf()).param("version", version(id))
                .with(fixtures.as("secadmin"))).andReturn();
        String next = shownToken(rotated);
        assertThat(next).isNotEqualTo(token);
        assertThat(call(token)).isEqualTo(401);
        assertThat(call(next)).isEqualTo(200);

        MvcResult disabled = mvc.perform(post("/admin/api-clients/{id}/disable", id).with(csrf()).param("version", version(id))
                .with(fixtures.as("secadmin"))).andReturn();
        assertThat(disabled.getResponse().getRedirectedUrl()).isEqualTo("/admin/api-clients");
        assertThat(call(next)).isEqualTo(401);
        assertThat(jdbc.queryForList("select action from audit_event where object_type = 'api_client' and object_id = ? and username = 'secadmin' order by id",
                String.class, String.valueOf(id))).containsExactly("api-client.register", "api-client.rotate", "api-client.disable");
    }

    @Test
    void onlyTheSecurityAdministratorRegistersAndTheAuditAdministratorMayOnlyLook() throws Exception {
        assertThat(status(get("/admin/api-clients"), "secadmin")).isEqualTo(200);
        assertThat(status(get("/admin/api-clients/new"), "secadmin")).isEqualTo(200);
        assertThat(status(get("/admin/api-clients"), "auditor")).isEqualTo(200);
        for (String user : List.of("auditor", "sysadmin", "hrss.director", "changchun.officer")) {
            assertThat(status(get("/admin/api-clients/new"), user)).as(user).isEqualTo(403);
            assertThat(status(registration("不应登记" + user), user)).as(user).isEqualTo(403);
        }
        for (String user : List.of("sysadmin", "hrss.director", "changchun.officer")) {
            assertThat(status(get("/admin/api-clients"), user)).as(user).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("select count(*) from api_client where name like '不应登记%'", Integer.class)).isZero();
        String asAuditor = mvc.perform(get("/admin/api-clients").with(fixtures.as("auditor"))).andReturn().getResponse().getContentAsString();
        assertThat(asAuditor).doesNotContain("/rotate").doesNotContain("/disable").doesNotContain("/admin/api-clients/new");
    }

    @Test
    void aFormWithMistakesIsShownAgainWithReasonsAndRegistersNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from api_client", Integer.class);
        MvcResult result = mvc.perform(post("/admin/api-clients").with(csrf()).param("name", "").param("organisation", "单位").param("contact", "人")
                .param("regionCode", "999999").param("ratePerMinute", "0").param("expiresOn", "2020-01-01")
                .with(fixtures.as("secadmin"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("#issued-token")).isEmpty();
        assertThat(page.select(".is-invalid").eachAttr("name")).contains("name", "ratePerMinute", "expiresOn");
        // a well-formed but unknown region is refused by the service
        MvcResult unknownRegion = mvc.perform(registration("未知地区" + System.nanoTime()).param("regionCode", "229999").with(fixtures.as("secadmin"))).andReturn();
        assertThat(Jsoup.parse(unknownRegion.getResponse().getContentAsString()).select(".is-invalid").eachAttr("name")).contains("regionCode");
        assertThat(jdbc.queryForObject("select count(*) from api_client", Integer.class)).isEqualTo(before);
    }

    private int status(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(fixtures.as(user))).andReturn().getResponse().getStatus();
    }

    private int call(String token) throws Exception {
        return mvc.perform(get(GOV).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn().getResponse().getStatus();
    }

    private String version(long id) {
        return String.valueOf(jdbc.queryForObject("select version from api_client where id = ?", Long.class, id));
    }

    private static String shownToken(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString()).select("#issued-token").attr("value");
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
