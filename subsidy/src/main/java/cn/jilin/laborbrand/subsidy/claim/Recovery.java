package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 追回: money taken back from a paid claim found wrong, why, and when. */
@Entity
@Table(name = "subsidy_recovery")
public class Recovery extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id")
    private long claimId;

    private BigDecimal amount;

    private String reason;

    @Column(name = "recovered_on")
    private LocalDate recoveredOn;

    protected Recovery() {
    }

    Recovery(long claimId, BigDecimal amount, String reason, LocalDate recoveredOn) {
        this.claimId = claimId;
        this.amount = amount;
        this.reason = reason;
        this.recoveredOn = recoveredOn;
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getRecoveredOn() {
        return recoveredOn;
    }
}
