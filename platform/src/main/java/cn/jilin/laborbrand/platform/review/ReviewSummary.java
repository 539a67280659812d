package cn.jilin.laborbrand.platform.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a record's review stands: each assigned expert with their declaration and scores, the weighted mean of the
 * scored reviews and their spread (highest minus lowest weighted score, and the standard deviation).
 */
public record ReviewSummary(List<ReviewSummary.Criterion> criteria, List<ExpertReview> reviews, int scoredCount,
                            BigDecimal weightedMean, BigDecimal spread, BigDecimal standardDeviation) {

    /** A criterion of the rubric and its weight in percent. */
    public record Criterion(String code, BigDecimal weight) {
    }

    /** One expert's part. Scores are by criterion code; empty until the expert has scored. */
    public record ExpertReview(long assignmentId, long expertId, String expertName, String expertOrganisation,
                               String homeRegionCode, boolean sameRegion, Declaration declaration, String declarationNote,
                               Map<String, Integer> scores, BigDecimal weightedScore, String comment, Instant scoredAt) {
    }

    public boolean isEmpty() {
        return reviews.isEmpty();
    }
}
