package cn.jilin.laborbrand.subsidy.batch;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
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

/** 拨付批次: payable claims of one budget line, sent to the bank as one file and settled by the bank's return file. */
@Entity
@Table(name = "disbursement_batch")
@DataScoped(region = "regionCode")
public class DisbursementBatch extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @Column(name = "budget_id")
    private long budgetId;

    @Column(name = "region_code")
    private String regionCode;

    @Enumerated(EnumType.STRING)
    private BatchState state = BatchState.OPEN;

    private BigDecimal total = BigDecimal.ZERO;

    @Column(name = "line_count")
    private int lineCount;

    @Column(name = "exported_at")
    private Instant exportedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    private boolean demo;

    protected DisbursementBatch() {
    }

    DisbursementBatch(String number, long budgetId, String regionCode) {
        this.number = number;
        this.budgetId = budgetId;
        this.regionCode = regionCode;
    }

    void add(BigDecimal amount) {
        this.total = this.total.add(amount);
        this.lineCount++;
    }

    void exported(Instant when) {
        if (state == BatchState.OPEN) {
            state = BatchState.EXPORTED;
        }
        exportedAt = when;
    }

    void settle(Instant when) {
        state = BatchState.SETTLED;
        settledAt = when;
    }

    void cancel() {
        state = BatchState.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getBudgetId() {
        return budgetId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public BatchState getState() {
        return state;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public int getLineCount() {
        return lineCount;
    }

    public Instant getExportedAt() {
        return exportedAt;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public boolean isDemo() {
        return demo;
    }
}
