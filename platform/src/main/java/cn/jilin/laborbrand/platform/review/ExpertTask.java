package cn.jilin.laborbrand.platform.review;

import java.math.BigDecimal;
import java.time.Instant;

/** An assignment as its expert sees it in their work list. */
public record ExpertTask(long assignmentId, String subjectType, long subjectId, String subjectRegionCode,
                         Declaration declaration, boolean scored, BigDecimal weightedScore, Instant assignedAt) {
}
