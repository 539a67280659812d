package cn.jilin.laborbrand.platform.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The score (0–100) an expert gave one criterion. */
@Entity
@Table(name = "review_score")
@IdClass(ReviewScore.Key.class)
class ReviewScore {

    record Key(Long assignmentId, String criterionCode) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "assignment_id")
    private Long assignmentId;

    @Id
    @Column(name = "criterion_code")
    private String criterionCode;

    private int score;

    protected ReviewScore() {
    }

    ReviewScore(long assignmentId, String criterionCode, int score) {
        this.assignmentId = assignmentId;
        this.criterionCode = criterionCode;
        this.score = score;
    }

    Long getAssignmentId() {
        return assignmentId;
    }

    String getCriterionCode() {
        return criterionCode;
    }

    int getScore() {
        return score;
    }
}
