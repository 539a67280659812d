package cn.jilin.laborbrand.platform.organisation;

import java.time.LocalDate;

/**
 * An organisation was succeeded by another. Published inside the transaction that records it: whatever belongs to the
 * predecessor and must carry over (its accounts here, its responsibility tasks and their reports in governance) moves to
 * the successor in the same transaction, or the succession fails as a whole.
 */
public record OrganisationSucceeded(long predecessorId, long successorId, LocalDate on, String document) {
}
