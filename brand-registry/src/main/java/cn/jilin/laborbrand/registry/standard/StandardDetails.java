package cn.jilin.laborbrand.registry.standard;

import java.time.LocalDate;
import java.util.Set;

/** What the province enters about a standard or a credit commitment system. */
public record StandardDetails(StandardKind kind, String title, String number, String issuingBody, Set<Long> brandIds,
                              LocalDate issuedOn, LocalDate effectiveFrom, StandardStatus status, LocalDate withdrawnOn) {

    public StandardDetails {
        brandIds = brandIds == null ? Set.of() : Set.copyOf(brandIds);
    }
}
