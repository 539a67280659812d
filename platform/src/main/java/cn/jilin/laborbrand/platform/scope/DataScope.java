package cn.jilin.laborbrand.platform.scope;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

/**
 * What part of the province's data a signed-in user may see, computed from the account at sign-in and handed to
 * every scoped query (see {@link ScopedRepository}).
 *
 * @param kind           the breadth
 * @param regionCode     for {@link Kind#REGION}: the region of the officer's bureau
 * @param regionCodes    for {@link Kind#REGION}: that region and every region below it
 * @param organisationId for {@link Kind#ORGANISATION}: the one organisation
 * @param accountId      for {@link Kind#EXPERT}: the expert whose assignments are visible
 */
public record DataScope(Kind kind, String regionCode, Set<String> regionCodes, Long organisationId, Long accountId) implements Serializable {

    /** Ordered from narrowest to widest; an account with several roles gets the widest. */
    public enum Kind {
        NONE, EXPERT, ORGANISATION, REGION, PROVINCE
    }

    public DataScope {
        regionCodes = regionCodes == null ? Set.of() : Set.copyOf(regionCodes);
    }

    public static DataScope province() {
        return new DataScope(Kind.PROVINCE, null, Set.of(), null, null);
    }

    public static DataScope region(String regionCode, Collection<String> coveredCodes) {
        if (!coveredCodes.contains(regionCode)) {
            throw new IllegalArgumentException("a region scope covers at least its own region");
        }
        return new DataScope(Kind.REGION, regionCode, Set.copyOf(coveredCodes), null, null);
    }

    public static DataScope organisation(long organisationId) {
        return new DataScope(Kind.ORGANISATION, null, Set.of(), organisationId, null);
    }

    public static DataScope expert(long accountId) {
        return new DataScope(Kind.EXPERT, null, Set.of(), null, accountId);
    }

    /** The administrators' scope: no business data at all. */
    public static DataScope none() {
        return new DataScope(Kind.NONE, null, Set.of(), null, null);
    }

    public boolean isProvince() {
        return kind == Kind.PROVINCE;
    }

    /** Whether a record of this region is visible (and may be created) in this scope. */
    public boolean coversRegion(String regionCode) {
        return kind == Kind.PROVINCE || (kind == Kind.REGION && regionCodes.contains(regionCode));
    }
}
