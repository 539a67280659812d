package cn.jilin.laborbrand.platform.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** A weighted criterion of a rubric; reference data from migrations, named in the bundles as review.criterion.CODE. */
@Entity
@Immutable
@Table(name = "review_criterion")
@IdClass(ReviewCriterion.Key.class)
public class ReviewCriterion {

    record Key(String rubric, String code) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    private String rubric;

    @Id
    private String code;

    private BigDecimal weight;

    @Column(name = "sort_order")
    private int sortOrder;

    protected ReviewCriterion() {
    }

    public String getRubric() {
        return rubric;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
