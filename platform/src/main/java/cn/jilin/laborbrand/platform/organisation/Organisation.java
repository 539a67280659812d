package cn.jilin.laborbrand.platform.organisation;

import cn.jilin.laborbrand.platform.code.CreditCode;
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
import java.time.LocalDate;

/** A provincial department, an HRSS bureau, a training institution or an enterprise. */
@Entity
@Table(name = "organisation")
@DataScoped(region = "regionCode", organisation = "id")
public class Organisation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "short_name")
    private String shortName;

    private String alias;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "credit_code")
    private String creditCode;

    private String address;

    @Column(name = "sort_order")
    private int sortOrder = 1000;

    @Column(name = "succeeded_by")
    private Long succeededBy;

    @Column(name = "succeeded_on")
    private LocalDate succeededOn;

    @Column(name = "succession_document")
    private String successionDocument;

    protected Organisation() {
    }

    Organisation(String name, OrganisationKind kind, String regionCode, CreditCode creditCode, String address) {
        this.name = name;
        this.kind = kind;
        this.regionCode = regionCode;
        this.creditCode = creditCode == null ? null : creditCode.value();
        this.address = address;
    }

    /** Takes this place in the directory's order (a successor takes its predecessor's). */
    void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** Records that {@code successor} took this organisation's place on {@code on} by {@code document}. */
    void succeededBy(long successor, LocalDate on, String document) {
        this.succeededBy = successor;
        this.succeededOn = on;
        this.successionDocument = document;
    }

    /** The organisation that took this one's place, or null while it stands. */
    public Long getSucceededBy() {
        return succeededBy;
    }

    public LocalDate getSucceededOn() {
        return succeededOn;
    }

    /** The document (文号) by which it was succeeded. */
    public String getSuccessionDocument() {
        return successionDocument;
    }

    public boolean isSucceeded() {
        return succeededBy != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getAlias() {
        return alias;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getAddress() {
        return address;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
