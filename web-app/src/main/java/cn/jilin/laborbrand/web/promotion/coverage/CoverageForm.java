package cn.jilin.laborbrand.web.promotion.coverage;

import cn.jilin.laborbrand.promotion.coverage.CoverageDetails;
import cn.jilin.laborbrand.promotion.coverage.CoverageKind;
import cn.jilin.laborbrand.promotion.coverage.MediaCoverage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The coverage form, bound as a record. */
record CoverageForm(@NotBlank @Size(max = 100) String outlet, @NotNull CoverageKind kind, @NotNull LocalDate publishedOn,
                    @NotBlank @Size(max = 200) String title, @Size(max = 500) String link, @NotEmpty @Size(max = 50) Set<Long> brandIds,
                    @Size(max = 6) String regionCode, @Size(max = 500) String summary, long version) {

    static CoverageForm empty() {
        return new CoverageForm("", null, null, "", "", Set.of(), "", "", 0);
    }

    static CoverageForm of(MediaCoverage c) {
        return new CoverageForm(c.getOutlet(), c.getKind(), c.getPublishedOn(), c.getTitle(), c.getLink(), c.getBrandIds(), c.getRegionCode(),
                c.getSummary(), c.getVersion());
    }

    CoverageDetails details() {
        return new CoverageDetails(outlet, kind, publishedOn, title, link == null ? null : link.strip(),
                brandIds == null ? Set.of() : new LinkedHashSet<>(brandIds), regionCode, summary);
    }
}
