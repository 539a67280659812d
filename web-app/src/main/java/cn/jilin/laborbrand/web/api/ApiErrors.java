package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.web.support.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the JSON error answers of /api/v1 (never an HTML page): from the security chain (401, 403, 429) as well as
 * from controllers and the container's error dispatch (400, 404, 500). Messages come from {@code i18n/api}.
 */
@Component
public class ApiErrors {

    private static final Map<Integer, String> CODES = Map.of(400, "bad_request", 401, "unauthorized", 403, "forbidden",
            404, "not_found", 405, "method_not_allowed", 429, "too_many_requests", 500, "server_error", 503, "service_unavailable");

    private final Messages messages;
    private final JsonMapper json;

    ApiErrors(Messages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The body for a status, with the message of {@code api.error.<status>} unless a more precise key is given. */
    public ApiError body(int status, String messageKey) {
        String key = messageKey != null ? messageKey : "api.error." + (CODES.containsKey(status) ? status : 500);
        return new ApiError(status, CODES.getOrDefault(status, HttpStatus.valueOf(status).name().toLowerCase()), messages.text(key));
    }

    public void write(HttpServletResponse response, int status, String messageKey) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body(status, messageKey));
    }

    String toJson(ApiError error) {
        return json.writeValueAsString(error);
    }
}
