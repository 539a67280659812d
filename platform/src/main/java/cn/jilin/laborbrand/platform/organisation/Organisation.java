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

    protected Organisation() {
    }

    Organisation(String name, OrganisationKind kind, String regionCode, CreditCode creditCode, String address) {
        this.name = name;
        this.kind = kind;
        this.regionCode = regionCode;
        this.creditCode = creditCode == null ? null : creditCode.value();
        this.address = address;
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
