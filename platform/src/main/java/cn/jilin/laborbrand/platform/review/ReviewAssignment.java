package cn.jilin.laborbrand.platform.review;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One expert's review of one record: their declaration, then their scores. */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private long subjectId;

    @Column(name = "subject_region_code")
    private String subjectRegionCode;

    private String rubric;

    @Column(name = "expert_id")
    private long expertId;

    @Column(name = "expert_account_id")
    private Long expertAccountId;

    @Column(name = "same_region")
    private boolean sameRegion;

    @Enumerated(EnumType.STRING)
    private Declaration declaration = Declaration.PENDING;

    @Column(name = "declaration_note")
    private String declarationNote;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "weighted_score")
    private BigDecimal weightedScore;

    private String comment;

    @Column(name = "scored_at")
    private Instant scoredAt;

    protected ReviewAssignment() {
    }

    ReviewAssignment(String subjectType, long subjectId, String subjectRegionCode, String rubric, Expert expert, boolean sameRegion) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectRegionCode = subjectRegionCode;
        this.rubric = rubric;
        this.expertId = expert.getId();
        this.expertAccountId = expert.getAccountId();
        this.sameRegion = sameRegion;
    }

    void declare(boolean conflict, String note, Instant now) {
        this.declaration = conflict ? Declaration.CONFLICT : Declaration.NO_CONFLICT;
        this.declarationNote = note;
        this.declaredAt = now;
    }

    void scored(BigDecimal weighted, String comment, Instant now) {
        this.weightedScore = weighted;
        this.comment = comment;
        this.scoredAt = now;
    }

    public boolean isScored() {
        return scoredAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getSubjectRegionCode() {
        return subjectRegionCode;
    }

    public String getRubric() {
        return rubric;
    }

    public long getExpertId() {
        return expertId;
    }

    public Long getExpertAccountId() {
        return expertAccountId;
    }

    public boolean isSameRegion() {
        return sameRegion;
    }

    public Declaration getDeclaration() {
        return declaration;
    }

    public String getDeclarationNote() {
        return declarationNote;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public BigDecimal getWeightedScore() {
        return weightedScore;
    }

    public String getComment() {
        return comment;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
