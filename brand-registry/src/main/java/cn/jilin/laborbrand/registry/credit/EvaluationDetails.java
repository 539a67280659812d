package cn.jilin.laborbrand.registry.credit;

import java.time.LocalDate;

/** A credit evaluation as entered. */
public record EvaluationDetails(CreditRating rating, String evaluator, LocalDate evaluatedOn, String basis) {
}
