package cn.jilin.laborbrand.registry.standard;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * 劳务品牌质量和评价标准 (二(二)3): a group, industry or local standard for the work of one or more brands, or an
 * association's credit commitment system. Province-wide: HRSS keeps the register, every viewer reads all of it.
 */
@Entity
@Table(name = "brand_standard")
public class BrandStandard extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private StandardKind kind;

    private String title;

    private String number;

    @Column(name = "issuing_body")
    private String issuingBody;

    @ElementCollection
    @CollectionTable(name = "brand_standard_brand", joinColumns = @JoinColumn(name = "standard_id"))
    @Column(name = "brand_id")
    private Set<Long> brandIds = new LinkedHashSet<>();

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    private StandardStatus status;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected BrandStandard() {
    }

    BrandStandard(StandardDetails details) {
        apply(details);
    }

    void apply(StandardDetails d) {
        this.kind = d.kind();
        this.title = d.title().strip();
        this.number = Text.orNull(d.number());
        this.issuingBody = d.issuingBody().strip();
        this.brandIds.clear();
        this.brandIds.addAll(d.brandIds());
        this.issuedOn = d.issuedOn();
        this.effectiveFrom = d.effectiveFrom();
        this.status = d.status();
        this.withdrawnOn = d.status() == StandardStatus.WITHDRAWN ? d.withdrawnOn() : null;
    }

    public StandardDetails details() {
        return new StandardDetails(kind, title, number, issuingBody, Set.copyOf(brandIds), issuedOn, effectiveFrom, status, withdrawnOn);
    }

    public Long getId() {
        return id;
    }

    public StandardKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getNumber() {
        return number;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public StandardStatus getStatus() {
        return status;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public boolean isDemo() {
        return demo;
    }
}
