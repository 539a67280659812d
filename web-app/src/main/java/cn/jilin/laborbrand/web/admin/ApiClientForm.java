package cn.jilin.laborbrand.web.admin;

import cn.jilin.laborbrand.platform.apiclient.ApiDataset;
import cn.jilin.laborbrand.platform.apiclient.NewApiClient;
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

/** The registration form of an API client as posted. */
record ApiClientForm(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 100) String organisation,
        @NotBlank @Size(max = 100) String contact,
        @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
        @NotEmpty Set<ApiDataset> datasets,
        @NotNull @Min(1) @Max(10000) Integer ratePerMinute,
        @NotNull @Future LocalDate expiresOn) {

    static ApiClientForm empty(LocalDate today) {
        return new ApiClientForm("", "", "", "", Set.of(), 60, today.plusYears(1));
    }

    NewApiClient details() {
        return new NewApiClient(name, organisation, contact, regionCode, datasets, ratePerMinute, expiresOn);
    }
}
