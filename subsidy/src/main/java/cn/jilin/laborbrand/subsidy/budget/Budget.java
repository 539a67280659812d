package cn.jilin.laborbrand.subsidy.budget;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * 就业补助资金额度: a region's allocation for one policy in one year, with what approved claims have committed of it
 * and what payments have spent. Money moves only through {@link BudgetService}'s conditional updates, never below zero.
 */
@Entity
@Table(name = "subsidy_budget")
@DataScoped(region = "regionCode")
public class Budget extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int year;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "policy_id")
    private long policyId;

    private BigDecimal allocated;

    private BigDecimal committed = BigDecimal.ZERO;

    private BigDecimal spent = BigDecimal.ZERO;

    private boolean demo;

    protected Budget() {
    }

    Budget(int year, String regionCode, long policyId, BigDecimal allocated) {
        this.year = year;
        this.regionCode = regionCode;
        this.policyId = policyId;
        this.allocated = allocated;
    }

    void reallocate(BigDecimal amount) {
        this.allocated = amount;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public long getPolicyId() {
        return policyId;
    }

    public BigDecimal getAllocated() {
        return allocated;
    }

    public BigDecimal getCommitted() {
        return committed;
    }

    public BigDecimal getSpent() {
        return spent;
    }

    /** What is left to commit. */
    public BigDecimal getAvailable() {
        return allocated.subtract(committed).subtract(spent);
    }

    public boolean isDemo() {
        return demo;
    }
}
