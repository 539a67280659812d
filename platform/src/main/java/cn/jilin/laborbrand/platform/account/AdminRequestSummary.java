package cn.jilin.laborbrand.platform.account;

import java.time.Instant;
import java.util.List;

/** A request for a second administrator's approval, as the requests page lists it (no password, not even its hash). */
public record AdminRequestSummary(long id, AdminAction action, String status, long targetAccountId, String targetUsername,
                                  long requestedBy, String requestedByUsername, Instant requestedAt, String newDisplayName,
                                  List<String> newRoles, String newOrganisationName, String decidedByUsername,
                                  Instant decidedAt, String decisionComment, boolean expired, long version) {

    public boolean pending() {
        return "PENDING".equals(status) && !expired;
    }
}
