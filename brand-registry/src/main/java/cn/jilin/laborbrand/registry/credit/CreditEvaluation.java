package cn.jilin.laborbrand.registry.credit;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A credit evaluation of a brand's operators (诚信评价): rating, evaluator, date and basis. The latest one counts. */
@Entity
@Table(name = "credit_evaluation")
public class CreditEvaluation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id")
    private long brandId;

    @Enumerated(EnumType.STRING)
    private CreditRating rating;

    private String evaluator;

    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;

    private String basis;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected CreditEvaluation() {
    }

    CreditEvaluation(long brandId, CreditRating rating, String evaluator, LocalDate evaluatedOn, String basis) {
        this.brandId = brandId;
        this.rating = rating;
        this.evaluator = evaluator;
        this.evaluatedOn = evaluatedOn;
        this.basis = basis;
    }

    public Long getId() {
        return id;
    }

    public long getBrandId() {
        return brandId;
    }

    public CreditRating getRating() {
        return rating;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public String getBasis() {
        return basis;
    }

    public boolean isDemo() {
        return demo;
    }
}
