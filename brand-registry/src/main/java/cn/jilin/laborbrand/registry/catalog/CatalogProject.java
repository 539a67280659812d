package cn.jilin.laborbrand.registry.catalog;

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
import java.time.Instant;

/**
 * 劳务品牌建设重点项目: a project of a catalogue (the province's or a city's, {@link CatalogOwner}) — 共同确定本地区劳务品牌
 * 建设重点项目，形成指导目录 (二(一)3) — carried out in a region of the catalogue's, by a named organisation, optionally for
 * one brand; listed for a year and removed with a reason, like a brand's entry.
 */
@Entity
@Table(name = "catalog_project")
@DataScoped(region = "regionCode")
public class CatalogProject extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "catalog_region")
    private String catalogRegion;

    @Column(name = "region_code")
    private String regionCode;

    private String name;

    private String description;

    @Column(name = "lead_organisation")
    private String leadOrganisation;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "catalog_year")
    private int catalogYear;

    @Enumerated(EnumType.STRING)
    private CatalogStatus status;

    @Column(name = "removal_reason")
    private String removalReason;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected CatalogProject() {
    }

    CatalogProject(CatalogOwner owner, ProjectDetails details) {
        this.catalogRegion = owner.regionCode();
        this.status = CatalogStatus.LISTED;
        write(details);
    }

    void write(ProjectDetails d) {
        this.name = d.name().strip();
        this.regionCode = d.regionCode();
        this.description = d.description().strip();
        this.leadOrganisation = d.leadOrganisation().strip();
        this.brandId = d.brandId();
        this.catalogYear = d.year();
    }

    void remove(String reason, Instant at) {
        this.status = CatalogStatus.REMOVED;
        this.removalReason = reason;
        this.removedAt = at;
    }

    public ProjectDetails details() {
        return new ProjectDetails(name, regionCode, description, leadOrganisation, brandId, catalogYear);
    }

    public Long getId() {
        return id;
    }

    public String getCatalogRegion() {
        return catalogRegion;
    }

    public CatalogOwner getOwner() {
        return CatalogOwner.of(catalogRegion);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getLeadOrganisation() {
        return leadOrganisation;
    }

    public Long getBrandId() {
        return brandId;
    }

    public int getCatalogYear() {
        return catalogYear;
    }

    public CatalogStatus getStatus() {
        return status;
    }

    public boolean isListed() {
        return status == CatalogStatus.LISTED;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public boolean isDemo() {
        return demo;
    }
}
