package cn.jilin.laborbrand.registry.mark;

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

/**
 * A registered mark or patent of a brand — the glossary's {@code Trademark} and {@code Patent}, one table told apart
 * by {@link MarkKind}. Read through its brand, loaded within the caller's scope first.
 */
@Entity
@Table(name = "brand_mark")
public class BrandMark extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id")
    private long brandId;

    @Enumerated(EnumType.STRING)
    private MarkKind kind;

    private String number;

    private String title;

    @Column(name = "nice_class")
    private Integer niceClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "patent_type")
    private PatentType patentType;

    private String holder;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    private MarkStatus status;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected BrandMark() {
    }

    BrandMark(long brandId, MarkDetails details) {
        this.brandId = brandId;
        apply(details);
    }

    void apply(MarkDetails d) {
        this.kind = d.kind();
        this.number = d.number().strip().toUpperCase();
        this.title = d.title().strip();
        this.niceClass = d.kind() == MarkKind.TRADEMARK ? d.niceClass() : null;
        this.patentType = d.kind() == MarkKind.PATENT ? d.patentType() : null;
        this.holder = d.holder().strip();
        this.appliedOn = d.appliedOn();
        this.registeredOn = d.registeredOn();
        this.expiresOn = d.expiresOn();
        this.status = d.status();
    }

    public MarkDetails details() {
        return new MarkDetails(kind, number, title, niceClass, patentType, holder, appliedOn, registeredOn, expiresOn, status);
    }

    public Long getId() {
        return id;
    }

    public long getBrandId() {
        return brandId;
    }

    public MarkKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public Integer getNiceClass() {
        return niceClass;
    }

    public PatentType getPatentType() {
        return patentType;
    }

    public String getHolder() {
        return holder;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public MarkStatus getStatus() {
        return status;
    }

    public boolean isDemo() {
        return demo;
    }
}
