package cn.jilin.laborbrand.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A non-public dataset's answer: which dataset, for which region and year, and its rows (aggregates only). */
public record GovDataset<T>(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CERTIFICATES", "SUBSIDY_PAYMENTS", "BRAND_APPLICATIONS"})
        String dataset,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "行政区划代码 / GB/T 2260 region code", example = "220400") String region,
        @Schema(description = "年份（按年统计的数据集）/ year, for yearly datasets", example = "2026") Integer year,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<T> rows) {
}
