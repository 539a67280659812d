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

/** A recorded violation by a brand's operators: when, what, how grave, and who recorded it. */
@Entity
@Table(name = "credit_violation")
public class CreditViolation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id")
    private long brandId;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    private String description;

    @Enumerated(EnumType.STRING)
    private ViolationSeverity severity;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_by_name")
    private String recordedByName;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected CreditViolation() {
    }

    CreditViolation(long brandId, LocalDate occurredOn, String description, ViolationSeverity severity, Long recordedBy,
                    String recordedByName) {
        this.brandId = brandId;
        this.occurredOn = occurredOn;
        this.description = description;
        this.severity = severity;
        this.recordedBy = recordedBy;
        this.recordedByName = recordedByName;
    }

    public Long getId() {
        return id;
    }

    public long getBrandId() {
        return brandId;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getDescription() {
        return description;
    }

    public ViolationSeverity getSeverity() {
        return severity;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public boolean isDemo() {
        return demo;
    }
}
