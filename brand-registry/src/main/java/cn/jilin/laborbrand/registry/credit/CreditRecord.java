package cn.jilin.laborbrand.registry.credit;

import java.util.List;
import java.util.Optional;

/** Everything recorded about a brand's credit, newest first; the current rating is the latest evaluation's. */
public record CreditRecord(List<SignedPledge> pledges, List<CreditEvaluation> evaluations, List<CreditViolation> violations) {

    public Optional<CreditRating> currentRating() {
        return evaluations.stream().findFirst().map(CreditEvaluation::getRating);
    }

    public Optional<CreditEvaluation> currentEvaluation() {
        return evaluations.stream().findFirst();
    }
}
