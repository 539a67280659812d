package cn.jilin.laborbrand.platform.apiclient;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** What the security administrator registers: who the client is, what it may read, how often and until when. */
public record NewApiClient(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 100) String organisation,
        @NotBlank @Size(max = 100) String contact,
        @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
        @NotEmpty Set<ApiDataset> datasets,
        @Min(1) @Max(10000) int ratePerMinute,
        @NotNull @Future LocalDate expiresOn) {
}
