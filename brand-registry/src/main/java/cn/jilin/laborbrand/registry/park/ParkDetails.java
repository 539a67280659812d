package cn.jilin.laborbrand.registry.park;

import java.util.Set;

/** What an officer enters about a park: name, region, positioning, the brands and the enterprises in it. */
public record ParkDetails(String name, String regionCode, String positioning, Set<Long> brandIds, Set<Long> organisationIds) {

    public ParkDetails {
        brandIds = brandIds == null ? Set.of() : Set.copyOf(brandIds);
        organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
    }
}
