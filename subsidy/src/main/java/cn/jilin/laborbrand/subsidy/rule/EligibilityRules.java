package cn.jilin.laborbrand.subsidy.rule;

import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one rule engine of subsidies: a claim's grants against the policy's limits and every person's history across
 * every policy (a subsidy paid to an institution still counts against the person it was for). Each finding carries
 * its reason. Pure: the history and the date come in, nothing is read here.
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    /** Everything that stands in the way of the candidate, given the live grants of its people in other claims. */
    public static List<Finding> check(Candidate candidate, List<Grant> history, LocalDate today) {
        SubsidyPolicy policy = candidate.policy();
        List<Finding> findings = new ArrayList<>();
        if (!policy.isActive()) {
            findings.add(Finding.of("inactive", null, policy.getName()));
        }
        if (!candidate.evidenceStands()) {
            findings.add(Finding.of("evidence", null));
        }
        if (!candidate.payeeCreditworthy()) {
            findings.add(Finding.of("payeeCredit", null));
        }
        candidate.peopleWithoutStandard().forEach(name -> findings.add(Finding.of("noStandard", name)));
        candidate.peopleShortOfHours().forEach(name -> findings.add(Finding.of("hours", name)));
        Map<String, Grant> seen = new HashMap<>();
        for (Grant grant : candidate.grants()) {
            Grant earlier = seen.putIfAbsent(grant.personIndex(), grant);
            if (earlier != null) {
                findings.add(Finding.of("duplicateInClaim", grant.personName()));
                continue;
            }
            List<Grant> theirs = history.stream()
                    .filter(h -> h.personIndex().equals(grant.personIndex()) && h.kind() == grant.kind()).toList();
            window(policy, grant, today, findings);
            yearly(policy, grant, theirs, findings);
            once(grant, theirs, findings);
            sameGrant(policy, grant, theirs, findings);
            lowerAfterHigher(policy, grant, theirs, findings);
        }
        return findings;
    }

    // 申领时限: within so many months of the certificate (or other evidence)
    private static void window(SubsidyPolicy policy, Grant grant, LocalDate today, List<Finding> findings) {
        Integer months = policy.getClaimWindowMonths();
        if (months != null && grant.evidenceDate() != null && grant.evidenceDate().plusMonths(months).isBefore(today)) {
            findings.add(Finding.of("window", grant.personName(), months, grant.evidenceDate()));
        }
    }

    // 每人每年至多 N 次 (three training subsidies; one transport grant)
    private static void yearly(SubsidyPolicy policy, Grant grant, List<Grant> theirs, List<Finding> findings) {
        Integer limit = policy.getYearlyLimit();
        if (limit == null) {
            return;
        }
        long inYear = theirs.stream().filter(h -> h.year() == grant.year()).count();
        if (inYear >= limit) {
            findings.add(Finding.of("yearly", grant.personName(), grant.year(), limit, inYear));
        }
    }

    // 一次性创业补贴: once in a person's life, whatever the year, the start-up or the region (二(三)1)
    private static void once(Grant grant, List<Grant> theirs, List<Finding> findings) {
        if (grant.kind() != SubsidyKind.STARTUP_GRANT) {
            return;
        }
        theirs.stream().findFirst().ifPresent(h -> findings.add(Finding.of("once", grant.personName(), h.claimNumber())));
    }

    // 同一职业同一等级只补贴一次
    private static void sameGrant(SubsidyPolicy policy, Grant grant, List<Grant> theirs, List<Finding> findings) {
        if (!policy.isSameOccupationLevelOnce() || grant.occupationCode() == null) {
            return;
        }
        theirs.stream().filter(h -> grant.occupationCode().equals(h.occupationCode()) && Objects.equals(grant.skillLevel(), h.skillLevel()))
                .findFirst()
                .ifPresent(h -> findings.add(Finding.of("sameGrant", grant.personName(), grant.occupationCode(), level(grant), h.claimNumber())));
    }

    // 已按较高等级补贴的，不再补贴较低等级 (level 1 is the highest)
    private static void lowerAfterHigher(SubsidyPolicy policy, Grant grant, List<Grant> theirs, List<Finding> findings) {
        if (!policy.isNoLowerAfterHigher() || grant.occupationCode() == null || grant.skillLevel() == null) {
            return;
        }
        theirs.stream().filter(h -> grant.occupationCode().equals(h.occupationCode()) && h.skillLevel() != null && h.skillLevel() < grant.skillLevel())
                .findFirst()
                .ifPresent(h -> findings.add(Finding.of("lowerAfterHigher", grant.personName(), grant.occupationCode(), level(h),
                        h.claimNumber())));
    }

    private static String level(Grant grant) {
        return grant.skillLevel() == null ? "-" : String.valueOf(grant.skillLevel());
    }
}
