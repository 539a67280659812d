package cn.jilin.laborbrand.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.platform.apiclient.ApiDataset;
import cn.jilin.laborbrand.platform.apiclient.IssuedToken;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The /api/v1 chain: stateless (no request creates a session), JSON for every refusal, client tokens that stop working
 * the moment they are rotated, disabled or expire, grants per dataset and region, a limit per client, and an audit line
 * per answered call.
 */
@PortalTest
class ApiSecurityTest {

    private static final String CERTIFICATES = "/api/v1/gov/certificates/aggregates";
    private static final String PAYMENTS = "/api/v1/gov/subsidies/payments";
    private static final String APPLICATIONS = "/api/v1/gov/brands/applications";
    private static final String LIAOYUAN = "220400";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClients clients;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void withoutATokenTheNonPublicDatasetsAnswer401InJsonAndNoSessionIsMade() throws Exception {
        for (String path : List.of(CERTIFICATES, PAYMENTS, APPLICATIONS)) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertError(result, 401, "unauthorized");
            assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
        }
    }

    @Test
    void anUnknownOrMalformedTokenIs401EvenOnAPublicAddress() throws Exception {
        IssuedToken real = clients.register(LIAOYUAN, 100, ApiDataset.CERTIFICATES);
        String forged = real.token().substring(0, real.token().length() - 4) + (real.token().endsWith("AAAA") ? "BBBB" : "AAAA");
        for (String header : List.of("Bearer " + forged, "Bearer nonsense", "Basic dXNlcjpwYXNz", "Bearer ")) {
            assertError(mvc.perform(get(CERTIFICATES).header(HttpHeaders.AUTHORIZATION, header)).andReturn(), 401, "unauthorized");
            assertError(mvc.perform(get("/api/v1/openapi.json").header(HttpHeaders.AUTHORIZATION, header)).andReturn(), 401, "unauthorized");
        }
    }

    @Test
    void aValidTokenReadsItsDatasetInItsRegionAndTheCallIsAudited() throws Exception {
        IssuedToken issued = clients.register(LIAOYUAN, 100, ApiDataset.CERTIFICATES, ApiDataset.BRAND_APPLICATIONS);
        MvcResult result = mvc.perform(get(CERTIFICATES).param("year", "2026").header(HttpHeaders.AUTHORIZATION, bearer(issued))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        assertThat(body.path("dataset").asString()).isEqualTo("CERTIFICATES");
        assertThat(body.path("region").asString()).isEqualTo(LIAOYUAN);
        assertThat(body.path("year").asInt()).isEqualTo(2026);
        for (JsonNode row : body.path("rows")) {
            assertThat(row.path("regionCode").asString()).startsWith("2204");
        }
        // a county of the client's prefecture is within its grant
        assertThat(mvc.perform(get(APPLICATIONS).param("region", "220402").header(HttpHeaders.AUTHORIZATION, bearer(issued)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        List<Map<String, Object>> audit = jdbc.queryForList("select action, outcome, detail, username from audit_event where object_type = 'api_client' "
                + "and object_id = ? and action = 'api.call' order by id", String.valueOf(issued.clientId()));
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).get("detail")).isEqualTo("dataset=CERTIFICATES region=220400 results=" + body.path("rows").size());
        assertThat(audit.get(1).get("detail").toString()).startsWith("dataset=BRAND_APPLICATIONS region=220402 results=");
        assertThat(audit.get(0).get("username")).isEqualTo("api-client:" + issued.clientId());
        assertThat(jdbc.queryForObject("select last_used_at is not null from api_client where id = ?", Boolean.class, issued.clientId())).isTrue();
    }

    @Test
    void aDatasetOrRegionOutsideTheGrantIs403AndAudited() throws Exception {
        IssuedToken issued = clients.register(LIAOYUAN, 100, ApiDataset.CERTIFICATES);
        assertError(mvc.perform(get(PAYMENTS).header(HttpHeaders.AUTHORIZATION, bearer(issued))).andReturn(), 403, "forbidden");
        // another prefecture, and the whole province, lie outside a city's grant
        assertError(mvc.perform(get(CERTIFICATES).param("region", "220100").header(HttpHeaders.AUTHORIZATION, bearer(issued))).andReturn(), 403, "forbidden");
        assertError(mvc.perform(get(CERTIFICATES).param("region", "220000").header(HttpHeaders.AUTHORIZATION, bearer(issued))).andReturn(), 403, "forbidden");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'api_client' and object_id = ? and action = 'api.refused' "
                + "and outcome = 'DENIED'", Integer.class, String.valueOf(issued.clientId()))).isEqualTo(3);
        // bad input is a 400, not a refusal
        assertError(mvc.perform(get(CERTIFICATES).param("region", "999999").header(HttpHeaders.AUTHORIZATION, bearer(issued))).andReturn(), 400, "bad_request");
        assertError(mvc.perform(get(CERTIFICATES).param("year", "abc").header(HttpHeaders.AUTHORIZATION, bearer(issued))).andReturn(), 400, "bad_request");
        assertError(mvc.perform(get(CERTIFICATES).param("year", "1900").header(HttpHeaders.AUTHORIZATION, bearer(issued))).andReturn(), 400, "bad_request");
        // a province-wide client may ask for any region
        IssuedToken province = clients.register("220000", 100, ApiDataset.CERTIFICATES);
        assertThat(mvc.perform(get(CERTIFICATES).param("region", "220100").header(HttpHeaders.AUTHORIZATION, bearer(province)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void rotatingDisablingOrExpiryEndsATokenWithTheNextRequest() throws Exception {
        IssuedToken first = clients.register(LIAOYUAN, 100, ApiDataset.CERTIFICATES);
        assertThat(status(CERTIFICATES, first)).isEqualTo(200);
        IssuedToken second = clients.rotate(first.clientId(), version(first));
        assertThat(status(CERTIFICATES, first)).isEqualTo(401);
        assertThat(status(CERTIFICATES, second)).isEqualTo(200);

        jdbc.update("update api_client set expires_on = current_date - 1 where id = ?", second.clientId());
        assertThat(status(CERTIFICATES, second)).isEqualTo(401);
        jdbc.update("update api_client set expires_on = current_date + 30 where id = ?", second.clientId());
        assertThat(status(CERTIFICATES, second)).isEqualTo(200);

        clients.disable(second.clientId(), version(second));
        assertThat(status(CERTIFICATES, second)).isEqualTo(401);
    }

    @Test
    void aClientOverItsLimitPerMinuteGets429WithRetryAfter() throws Exception {
        IssuedToken issued = clients.register(LIAOYUAN, 2, ApiDataset.CERTIFICATES);
        assertThat(status(CERTIFICATES, issued)).isEqualTo(200);
        assertThat(status(CERTIFICATES, issued)).isEqualTo(200);
        MvcResult refused = mvc.perform(get(CERTIFICATES).header(HttpHeaders.AUTHORIZATION, bearer(issued))).andReturn();
        assertError(refused, 429, "too_many_requests");
        int retryAfter = Integer.parseInt(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1, 60);
        // another client's calls are counted on their own
        IssuedToken other = clients.register(LIAOYUAN, 2, ApiDataset.CERTIFICATES);
        assertThat(status(CERTIFICATES, other)).isEqualTo(200);
    }

    @Test
    void aSignedInPortalUserIsNoClientAndTheApiNeverTouchesTheirSession() throws Exception {
        MvcResult result = mvc.perform(get(CERTIFICATES).with(fixtures.as("secadmin"))).andReturn();
        assertError(result, 403, "forbidden");
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void unmappedAddressesAndOtherMethodsAnswerJsonNotPages() throws Exception {
        assertError(mvc.perform(get("/api/v1/no-such-dataset").accept(MediaType.TEXT_HTML)).andReturn(), 404, "not_found");
        assertError(mvc.perform(get("/api/v1/no-such-dataset").accept(MediaType.APPLICATION_JSON)).andReturn(), 404, "not_found");
        MvcResult posted = mvc.perform(post(CERTIFICATES)).andReturn();
        assertThat(posted.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(posted.getResponse().getStatus()).isIn(401, 403, 405);
        assertThat(posted.getRequest().getSession(false)).isNull();
    }

    @Test
    void theOpenApiDescriptionIsPublicAndSessionless() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/openapi.json")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
    }

    private int status(String path, IssuedToken token) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer(token))).andReturn().getResponse().getStatus();
    }

    private long version(IssuedToken token) {
        return jdbc.queryForObject("select version from api_client where id = ?", Long.class, token.clientId());
    }

    static String bearer(IssuedToken token) {
        return "Bearer " + token.token();
    }

    private void assertError(MvcResult result, int status, String code) throws Exception {
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").asString()).isEqualTo(code);
        assertThat(body.path("message").asString()).isNotBlank();
    }

}
