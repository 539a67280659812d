package cn.jilin.laborbrand.web.apidocs;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoints of the API as the reference page lists them, read from the very OpenAPI document springdoc publishes
 * (so the page cannot drift from /api/v1/openapi.json): method, path, summary, parameters and whether a token is needed.
 */
@Component
class ApiReference {

    /** One documented operation. */
    record Endpoint(String method, String path, String summary, String description, boolean token, List<Parameter> parameters) {
    }

    /** One of its parameters. */
    record Parameter(String name, String in, boolean required, String type, String description) {
    }

    /** springdoc's resource exists only in a servlet web application (not in a portal started without the web). */
    private final ObjectProvider<OpenApiWebMvcResource> openApi;
    private final JsonMapper json;
    private final String docsPath;

    ApiReference(ObjectProvider<OpenApiWebMvcResource> openApi, JsonMapper json, @Value("${springdoc.api-docs.path}") String docsPath) {
        this.openApi = openApi;
        this.json = json;
        this.docsPath = docsPath;
    }

    String docsPath() {
        return docsPath;
    }

    /** The document's title and version. */
    Map<String, String> info(HttpServletRequest request, Locale locale) throws Exception {
        JsonNode info = document(request, locale).path("info");
        return Map.of("title", info.path("title").asString(""), "version", info.path("version").asString(""));
    }

    List<Endpoint> endpoints(HttpServletRequest request, Locale locale) throws Exception {
        JsonNode document = document(request, locale);
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode op = operation.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    parameters.add(new Parameter(p.path("name").asString(""), p.path("in").asString(""), p.path("required").asBoolean(false),
                            p.path("schema").path("type").asString(""), p.path("description").asString("")));
                }
                endpoints.add(new Endpoint(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.path("summary").asString(""),
                        op.path("description").asString(""), !op.path("security").isEmpty(), parameters));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::token).thenComparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private JsonNode document(HttpServletRequest request, Locale locale) throws Exception {
        return json.readTree(openApi.getObject().openapiJson(request, docsPath, locale));
    }
}
