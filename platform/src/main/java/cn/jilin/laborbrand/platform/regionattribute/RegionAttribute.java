package cn.jilin.laborbrand.platform.regionattribute;

import cn.jilin.laborbrand.platform.Text;
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

/**
 * A region attribute (二(一)2): a prefecture- or county-level region the plan targets for 民生保障型 brands, of one kind,
 * with the document that lists it. Kept by the province; a city reads those of its region.
 */
@Entity
@Table(name = "region_attribute")
@DataScoped(region = "regionCode")
public class RegionAttribute extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Enumerated(EnumType.STRING)
    private RegionAttributeKind kind;

    @Column(name = "site_name")
    private String siteName;

    @Column(name = "source_document")
    private String sourceDocument;

    @Column(name = "since_year")
    private Integer sinceYear;

    private String note;

    /** Seeded or made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected RegionAttribute() {
    }

    RegionAttribute(RegionAttributeDetails details) {
        apply(details);
    }

    void apply(RegionAttributeDetails d) {
        this.regionCode = d.regionCode();
        this.kind = d.kind();
        this.siteName = d.kind().hasSite() ? d.siteName().strip() : "";
        this.sourceDocument = d.sourceDocument().strip();
        this.sinceYear = d.sinceYear();
        this.note = Text.orNull(d.note());
    }

    /** The details as entered, for an edit form. */
    public RegionAttributeDetails details() {
        return new RegionAttributeDetails(regionCode, kind, siteName, sourceDocument, sinceYear, note);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public RegionAttributeKind getKind() {
        return kind;
    }

    /** The named 安置区 of a relocation site; empty for the other kinds. */
    public String getSiteName() {
        return siteName;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public Integer getSinceYear() {
        return sinceYear;
    }

    public String getNote() {
        return note;
    }

    public boolean isDemo() {
        return demo;
    }
}
