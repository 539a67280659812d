package cn.jilin.laborbrand.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of every error answer on /api/v1: the HTTP status, a stable code and a readable message. */
@Schema(name = "ApiError", description = "错误 / an error answer")
public record ApiError(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "401") int status,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "unauthorized") String error,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {
}
