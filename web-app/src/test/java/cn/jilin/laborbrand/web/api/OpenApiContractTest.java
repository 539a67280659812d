package cn.jilin.laborbrand.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.platform.apiclient.ApiDataset;
import cn.jilin.laborbrand.platform.apiclient.IssuedToken;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description at /api/v1/openapi.json against the application itself: it documents exactly the /api/v1
 * mappings; every documented GET answers 200 with a body whose top-level fields (and those of its first list element)
 * are the ones, of the types, its schema declares; the reference page lists what the description lists.
 */
@PortalTest
class OpenApiContractTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApiClients clients;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode document() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/openapi.json")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }

    @Test
    void theDescriptionListsEveryApiMappingAndNothingElse() throws Exception {
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document().path("paths").properties()) {
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getName().startsWith("cn.jilin.laborbrand.")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    mapped.add(method.name() + " " + pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"));
                }
            }
        }
        assertThat(mapped).contains("GET /api/v1/gov/certificates/aggregates", "GET /api/v1/gov/subsidies/payments",
                "GET /api/v1/gov/brands/applications");
        assertThat(documented).isEqualTo(mapped);
    }

    @Test
    void theDescriptionNamesTheApiItsContactAndTheTokenOfTheNonPublicPaths() throws Exception {
        JsonNode doc = document();
        String title = doc.path("info").path("title").asString();
        assertThat(title).containsPattern("\\p{IsHan}").contains("API");
        assertThat(doc.path("info").path("version").asString()).isNotBlank();
        assertThat(doc.path("info").path("contact").path("name").asString()).isNotBlank();
        JsonNode scheme = doc.path("components").path("securitySchemes").path("clientToken");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        int gov = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                boolean secured = op.getValue().path("security").toString().contains("clientToken");
                assertThat(secured).as(op.getKey() + " " + path.getKey() + " needs a token exactly when it is under /api/v1/gov")
                        .isEqualTo(path.getKey().startsWith("/api/v1/gov/"));
                gov += secured ? 1 : 0;
            }
        }
        assertThat(gov).isEqualTo(3);
    }

    @Test
    void everyErrorAnswerIsDocumentedAsAnApiErrorAndTheTokenPathsAnswerTheirsAsDocumented() throws Exception {
        JsonNode doc = document();
        assertThat(doc.path("components").path("schemas").path("ApiError").path("required").toString())
                .contains("status").contains("error").contains("message");
        IssuedToken noDataset = clients.register("220400", 1000, ApiDataset.SUBSIDY_PAYMENTS);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode responses = op.getValue().path("responses");
                for (Map.Entry<String, JsonNode> response : responses.properties()) {
                    if (!response.getKey().startsWith("2")) {
                        assertThat(response.getValue().path("content").path("application/json").path("schema").path("$ref").asString())
                                .as(op.getKey() + " " + path.getKey() + " " + response.getKey()).isEqualTo("#/components/schemas/ApiError");
                    }
                }
                if (!path.getKey().startsWith("/api/v1/gov/")) {
                    continue;
                }
                assertThat(responses.has("401") && responses.has("403") && responses.has("429")).as(path.getKey()).isTrue();
                JsonNode anonymous = json.readTree(mvc.perform(get(path.getKey())).andReturn().getResponse().getContentAsString());
                check(doc, responses.path("401").path("content").path("application/json").path("schema"), anonymous, "401 " + path.getKey(), wrong, true);
                assertThat(anonymous.path("status").asInt()).isEqualTo(401);
                if (!path.getKey().contains("subsidies")) {
                    JsonNode refused = json.readTree(mvc.perform(get(path.getKey()).header(HttpHeaders.AUTHORIZATION, ApiSecurityTest.bearer(noDataset)))
                            .andReturn().getResponse().getContentAsString());
                    check(doc, responses.path("403").path("content").path("application/json").path("schema"), refused, "403 " + path.getKey(), wrong, true);
                    assertThat(refused.path("status").asInt()).isEqualTo(403);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyDocumentedGetAnswersTheShapeItsSchemaDeclares() throws Exception {
        JsonNode doc = document();
        IssuedToken token = clients.register("220000", 1000, ApiDataset.values());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            JsonNode op = path.getValue().path("get");
            if (op.isMissingNode()) {
                continue;
            }
            String address = fill(path.getKey(), token, wrong);
            if (address == null) {
                continue;
            }
            MockHttpServletRequestBuilder request = get(address);
            for (JsonNode parameter : op.path("parameters")) {
                if (parameter.path("required").asBoolean(false) && "query".equals(parameter.path("in").asString())) {
                    request.param(parameter.path("name").asString(), "integer".equals(type(doc, parameter.path("schema"))) ? "1" : "x");
                }
            }
            if (!op.path("security").isMissingNode()) {
                request.header(HttpHeaders.AUTHORIZATION, ApiSecurityTest.bearer(token));
            }
            MvcResult result = mvc.perform(request).andReturn();
            if (result.getResponse().getStatus() != 200) {
                wrong.add("GET " + address + " answered " + result.getResponse().getStatus());
                continue;
            }
            JsonNode content = op.path("responses").path("200").path("content");
            JsonNode schema = content.path("application/json").path("schema");
            if (schema.isMissingNode()) {
                schema = content.path("*/*").path("schema");
            }
            if (schema.isMissingNode()) {
                continue;
            }
            checked++;
            check(doc, schema, json.readTree(result.getResponse().getContentAsString()), "GET " + address, wrong, true);
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
        assertThat(wrong).as("answers that differ from the description").isEmpty();
    }

    @Test
    void theReferencePageListsEveryDocumentedEndpointAndMakesNoSession() throws Exception {
        JsonNode doc = document();
        MvcResult result = mvc.perform(get("/public/api")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getRequest().getSession(false)).isNull();
        String html = result.getResponse().getContentAsString();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            assertThat(html).contains(">" + path.getKey() + "<");
        }
        assertThat(html).contains("href=\"/api/v1/openapi.json\"").contains("Authorization: Bearer").contains("429").contains("totalPages");
        assertThat(mvc.perform(get("/public/api").param("lang", "en")).andReturn().getResponse().getContentAsString())
                .contains("Open data API");
    }

    /** Fills {id}-like variables with the id of the first element the list one level up answers. */
    private String fill(String template, IssuedToken token, List<String> wrong) throws Exception {
        if (!template.contains("{")) {
            return template;
        }
        String list = template.substring(0, template.indexOf("/{"));
        JsonNode answer = json.readTree(mvc.perform(get(list).header(HttpHeaders.AUTHORIZATION, ApiSecurityTest.bearer(token)))
                .andReturn().getResponse().getContentAsString());
        JsonNode first = answer.path("content").path(0);
        if (first.isMissingNode()) {
            first = answer.path("rows").path(0);
        }
        if (!first.has("id")) {
            wrong.add("no record to fill " + template + " from " + list);
            return null;
        }
        return template.replaceFirst("\\{[^}]+}", first.path("id").asString()).replaceAll("\\{[^}]+}", "1");
    }

    private void check(JsonNode doc, JsonNode schemaOrRef, JsonNode value, String where, List<String> wrong, boolean descend) {
        JsonNode schema = resolve(doc, schemaOrRef);
        String type = type(doc, schema);
        if (value.isNull()) {
            return;
        }
        if (type == null) {
            return;
        }
        boolean matches = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!matches) {
            wrong.add(where + ": " + value.getNodeType() + " where the description says " + type);
            return;
        }
        if (value.isObject() && descend) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asString())) {
                    wrong.add(where + ": required field '" + required.asString() + "' missing");
                }
            }
            for (String field : value.propertyNames()) {
                if (!properties.has(field)) {
                    wrong.add(where + ": field '" + field + "' is not in the description");
                } else {
                    check(doc, properties.path(field), value.path(field), where + "." + field, wrong, false);
                    JsonNode declared = resolve(doc, properties.path(field));
                    if ("array".equals(type(doc, declared)) && value.path(field).size() > 0) {
                        check(doc, declared.path("items"), value.path(field).path(0), where + "." + field + "[0]", wrong, true);
                    }
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asString();
            current = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }

    /** The schema's type: "type" as a word, or the first non-null of a 3.1 type list, or object when it has properties. */
    private static String type(JsonNode doc, JsonNode schemaOrRef) {
        JsonNode schema = resolve(doc, schemaOrRef);
        JsonNode type = schema.path("type");
        if (type.isString()) {
            return type.asString();
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        JsonNode types = schema.path("types");
        if (types.isArray()) {
            for (JsonNode t : types) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        return schema.has("properties") ? "object" : null;
    }
}
