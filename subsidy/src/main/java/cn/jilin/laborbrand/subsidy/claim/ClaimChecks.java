package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.credit.CreditRating;
import cn.jilin.laborbrand.registry.credit.CreditService;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import cn.jilin.laborbrand.subsidy.policy.SubsidyStandard;
import cn.jilin.laborbrand.subsidy.rule.Candidate;
import cn.jilin.laborbrand.subsidy.rule.EligibilityRules;
import cn.jilin.laborbrand.subsidy.rule.Finding;
import cn.jilin.laborbrand.subsidy.rule.Grant;
import cn.jilin.laborbrand.subsidy.rule.GrantHistory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Prices a claim's people from the policy's standards and runs the rule engine over them and their history: on
 * creation, at submission and again at approval, so that a grant paid elsewhere in between is still caught.
 */
@Component
class ClaimChecks {

    /** A person priced: the standard in force for their level and evidence date, or none. */
    record Priced(EvidencePerson person, Optional<SubsidyStandard> standard) {
        BigDecimal amount() {
            return standard.map(SubsidyStandard::getAmount).orElse(null);
        }
    }

    private final PolicyService policies;
    private final GrantHistory history;
    private final CreditService credit;
    private final EvidenceSource evidence;
    private final ClaimPersonRepository people;
    private final Clock clock;

    ClaimChecks(PolicyService policies, GrantHistory history, CreditService credit, EvidenceSource evidence, ClaimPersonRepository people,
                Clock clock) {
        this.policies = policies;
        this.history = history;
        this.credit = credit;
        this.evidence = evidence;
        this.people = people;
        this.clock = clock;
    }

    /** The claim's people checked again against their history and the evidence as it stands now (the caller's scope). */
    List<Finding> recheck(SubsidyClaim claim, SubsidyPolicy policy, DataScope scope) {
        Evidence now = evidence.find(policy, claim.getEvidenceId(), scope);
        List<Priced> priced = people.findByClaimIdOrderById(claim.getId()).stream()
                .map(p -> price(policy, new EvidencePerson(p.getEvidenceId() == null ? 0 : p.getEvidenceId(), p.getName(),
                        p.getResidentIdCipher(), p.getResidentIdIndex(), p.getOccupationCode(), p.getSkillLevel(), p.getEvidenceDate())))
                .toList();
        return check(policy, now, priced, claim.getClaimYear(), claim.getId());
    }

    Priced price(SubsidyPolicy policy, EvidencePerson person) {
        LocalDate on = person.evidenceDate() == null ? LocalDate.now(clock) : person.evidenceDate();
        return new Priced(person, policies.standardFor(policy.getId(), person.skillLevel(), on).filter(s -> s.getAmount() != null));
    }

    /** Everything in the way of paying these people under the policy, given the evidence as it stands now. */
    List<Finding> check(SubsidyPolicy policy, Evidence evidence, List<Priced> people, int year, long claimId) {
        List<Grant> grants = new ArrayList<>();
        List<String> withoutStandard = new ArrayList<>();
        List<String> shortOfHours = new ArrayList<>();
        for (Priced p : people) {
            EvidencePerson person = p.person();
            grants.add(new Grant(person.residentIdIndex(), person.name(), policy.getKind(), person.occupationCode(), person.skillLevel(), year,
                    person.evidenceDate(), null));
            if (p.standard().isEmpty()) {
                withoutStandard.add(person.name());
            } else if (p.standard().get().getMinHours() != null && evidence.hours() != null
                    && evidence.hours() < p.standard().get().getMinHours()) {
                shortOfHours.add(person.name());
            }
        }
        Candidate candidate = new Candidate(policy, grants, evidence.stands(), creditworthy(evidence), withoutStandard, shortOfHours);
        List<Grant> earlier = history.of(grants.stream().map(Grant::personIndex).distinct().toList(), claimId);
        return EligibilityRules.check(candidate, earlier, LocalDate.now(clock));
    }

    /**
     * A payee whose brand's current credit rating is D may not be paid (二(二)3 诚信评价). The rule reads the rating
     * province-wide, as the platform itself: it decides, it shows nothing of the brand to the claimant.
     */
    private boolean creditworthy(Evidence evidence) {
        if (evidence.brandId() == null) {
            return true;
        }
        Optional<CreditRating> rating = SystemActor.call(() -> credit.currentRating(evidence.brandId(), DataScope.province()), "brand:view");
        return rating.map(r -> r != CreditRating.D).orElse(true);
    }
}
