package cn.jilin.laborbrand.registry.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One step in a brand's level history: from, to, why, on whose decision. */
@Entity
@Immutable
@Table(name = "brand_level_change")
public class BrandLevelChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id")
    private long brandId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    private BrandLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    private BrandLevel toLevel;

    @Enumerated(EnumType.STRING)
    private LevelChangeSource source;

    @Column(name = "application_id")
    private Long applicationId;

    private String reason;

    /** The ministry's document number (文号) of a national designation; null for any other change. */
    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected BrandLevelChange() {
    }

    BrandLevelChange(long brandId, BrandLevel fromLevel, BrandLevel toLevel, LevelChangeSource source, Long applicationId,
                     String reason, String documentNumber, Long decidedBy, String decidedByName, Instant decidedAt) {
        this.brandId = brandId;
        this.fromLevel = fromLevel;
        this.toLevel = toLevel;
        this.source = source;
        this.applicationId = applicationId;
        this.reason = reason;
        this.documentNumber = documentNumber;
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public long getBrandId() {
        return brandId;
    }

    public BrandLevel getFromLevel() {
        return fromLevel;
    }

    public BrandLevel getToLevel() {
        return toLevel;
    }

    public LevelChangeSource getSource() {
        return source;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getReason() {
        return reason;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
