package cn.jilin.laborbrand.subsidy.claim;

import java.util.Set;

/**
 * Claims to make from evidence: a policy, the evidence (a course, a dispatch, a start-up) and which of its people (by their
 * evidence ids — certificate, trainee or start-up — none meaning all). Under a policy that pays people, one claim each; under one
 * that pays an institution, enterprise or agency, one claim covering them all.
 */
public record NewClaims(long policyId, long evidenceId, Set<Long> people) {
}
