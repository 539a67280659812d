package cn.jilin.laborbrand.registry.alliance;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
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
 * 劳务品牌联盟 (二(三)2): brands and enterprises of one trade or one region working together, led by one member. A
 * province-wide grouping that HRSS keeps and every brand user may see.
 */
@Entity
@Table(name = "brand_alliance")
public class BrandAlliance extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis_kind")
    private AllianceBasis basisKind;

    @Enumerated(EnumType.STRING)
    private IndustrySection industry;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    private String basis;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected BrandAlliance() {
    }

    BrandAlliance(AllianceDetails details) {
        apply(details);
    }

    void apply(AllianceDetails d) {
        this.name = d.name().strip();
        this.basisKind = d.basisKind();
        this.industry = d.basisKind() == AllianceBasis.TRADE ? d.industry() : null;
        this.regionCode = d.basisKind() == AllianceBasis.REGION ? d.regionCode() : null;
        this.foundedOn = d.foundedOn();
        this.basis = d.basis().strip();
    }

    /** The details as entered, for an edit form. */
    public AllianceDetails details() {
        return new AllianceDetails(name, basisKind, industry, regionCode, foundedOn, basis);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public AllianceBasis getBasisKind() {
        return basisKind;
    }

    public IndustrySection getIndustry() {
        return industry;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public String getBasis() {
        return basis;
    }

    public boolean isDemo() {
        return demo;
    }
}
