package cn.jilin.laborbrand.web.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What springdoc publishes at /api/v1/openapi.json (only the /api/v1 controllers, see application.properties): the
 * title in both languages, the version, who answers for the API, and the bearer client token of /api/v1/gov.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String CLIENT_TOKEN = "clientToken";

    @Bean
    OpenAPI laborBrandApi(@Value("${laborbrand.api.contact-name:吉林省人力资源和社会保障厅}") String contactName,
                          @Value("${laborbrand.api.contact-email:}") String contactEmail) {
        Contact contact = new Contact().name(contactName).url("/public/api");
        if (!contactEmail.isBlank()) {
            contact.email(contactEmail);
        }
        return new OpenAPI()
                .info(new Info()
                        .title("吉林省劳务品牌开放数据接口 / Jilin Labor Brand Open Data API")
                        .version("v1")
                        .description("已发布的劳务品牌、培育基地及统计数据（公开，无需令牌）；/api/v1/gov 下为仅供已登记政府系统使用的统计数据"
                                + "（需客户端令牌）。Published labor brands, bases and aggregates (public, no token); /api/v1/gov serves "
                                + "aggregates to registered government systems (client token required). No personal data.")
                        .contact(contact))
                .servers(List.of(new Server().url("/").description("本平台 / this platform")))
                .components(new Components().addSecuritySchemes(CLIENT_TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("安全管理员登记客户端后签发的令牌：Authorization: Bearer <token>。"
                                + "A token issued by the security administrator to a registered client.")));
    }

    /**
     * The error answers every operation may give, all with the {@link ApiError} body: 400 and 500 everywhere, 404 where
     * a path names a record, and for the token-protected paths 401, 403 and 429.
     */
    @Bean
    OpenApiCustomizer apiErrorResponses() {
        return openApi -> {
            Map<String, Schema> schemas = ModelConverters.getInstance(true).read(ApiError.class);
            schemas.forEach(openApi.getComponents()::addSchemas);
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses();
                error(responses, "400", "请求参数有误 / bad request");
                if (path.contains("{")) {
                    error(responses, "404", "没有这个记录 / no such record");
                }
                if (path.startsWith("/api/v1/gov/")) {
                    error(responses, "401", "缺少有效的客户端令牌 / no valid client token");
                    error(responses, "403", "超出授权的数据集或地区 / a dataset or region outside the grant");
                    error(responses, "429", "超出每分钟调用上限，见 Retry-After / over the limit per minute, see Retry-After");
                }
                error(responses, "500", "服务器错误 / server error");
            }));
        };
    }

    private static void error(ApiResponses responses, String status, String description) {
        responses.putIfAbsent(status, new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ApiError")))));
    }
}
