package cn.jilin.laborbrand.registry.catalog;

import java.time.LocalDate;
import java.util.List;

/** What a city's development plan for its brands says of itself: title, issuer, date, years, summary, the brands it names. */
public record DevelopmentPlanDetails(String title, String issuer, LocalDate issuedOn, int firstYear, int lastYear, String summary,
                                     List<Long> brandIds) {

    public DevelopmentPlanDetails {
        brandIds = brandIds == null ? List.of() : List.copyOf(brandIds);
    }
}
