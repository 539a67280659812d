package cn.jilin.laborbrand.subsidy.batch;

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

/** One claim of a batch, and the bank's answer for it. The database lets a claim be pending in one batch and paid once. */
@Entity
@Table(name = "disbursement_line")
public class DisbursementLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id")
    private long batchId;

    @Column(name = "claim_id")
    private long claimId;

    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private LineOutcome outcome = LineOutcome.PENDING;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected DisbursementLine() {
    }

    DisbursementLine(long batchId, long claimId, BigDecimal amount) {
        this.batchId = batchId;
        this.claimId = claimId;
        this.amount = amount;
    }

    void settle(LineOutcome outcome, String reason, Instant when) {
        this.outcome = outcome;
        this.failureReason = reason;
        this.settledAt = when;
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public long getClaimId() {
        return claimId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LineOutcome getOutcome() {
        return outcome;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Instant getSettledAt() {
        return settledAt;
    }
}
