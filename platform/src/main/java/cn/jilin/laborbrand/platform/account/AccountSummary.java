package cn.jilin.laborbrand.platform.account;

import java.time.Instant;
import java.util.List;

/** An account as the administrators' pages show it; never the password hash. */
public record AccountSummary(long id, String username, String displayName, Long organisationId, String organisationName,
                             List<String> roleCodes, boolean enabled, boolean locked, Instant lockedUntil,
                             boolean mustChangePassword, Instant lastLoginAt, long version) {
}
