package cn.jilin.laborbrand.registry.enterprise;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * 龙头企业 (二(三)2): an enterprise of the organisation directory (by id) that anchors a brand. The link belongs to the
 * brand's region, so a city bureau sees and keeps the links of its own brands.
 */
@Entity
@Table(name = "leading_enterprise")
@DataScoped(region = "brand.regionCode")
public class LeadingEnterprise extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id")
    private long brandId;

    // Read-only, same module: lets the scope and the filters reach the brand's region and name in one query.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "brand_id", insertable = false, updatable = false)
    private LaborBrand brand;

    @Column(name = "organisation_id")
    private long organisationId;

    private String note;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected LeadingEnterprise() {
    }

    LeadingEnterprise(LaborBrand brand, long organisationId, String note) {
        this.brand = brand;
        this.brandId = brand.getId();
        this.organisationId = organisationId;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public long getBrandId() {
        return brandId;
    }

    public LaborBrand getBrand() {
        return brand;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getNote() {
        return note;
    }

    public boolean isDemo() {
        return demo;
    }
}
