package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A brand in the guidance catalogue (重点劳务品牌资源库 / 指导目录): listed for a year with a reason, reviewed every year
 * after, removed with a reason. It is in the province's catalogue or in a city's own ({@link CatalogOwner}), and belongs
 * to the brand's region, so a city bureau sees the entries of its brands in either.
 */
@Entity
@Table(name = "catalog_entry")
@DataScoped(region = "brand.regionCode")
public class CatalogEntry extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id")
    private long brandId;

    // Read-only, same module: lets the scope and the list's filters reach the brand's region and type in one query.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "brand_id", insertable = false, updatable = false)
    private LaborBrand brand;

    /** Whose catalogue: null the province's, else the prefecture-level unit's code. */
    @Column(name = "catalog_region")
    private String catalogRegion;

    @Column(name = "catalog_year")
    private int catalogYear;

    @Enumerated(EnumType.STRING)
    private CatalogStatus status;

    private String reason;

    @Column(name = "removal_reason")
    private String removalReason;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "last_review_year")
    private Integer lastReviewYear;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected CatalogEntry() {
    }

    CatalogEntry(CatalogOwner owner, LaborBrand brand, int catalogYear, String reason) {
        this.catalogRegion = owner.regionCode();
        this.brand = brand;
        this.brandId = brand.getId();
        this.catalogYear = catalogYear;
        this.reason = reason;
        this.status = CatalogStatus.LISTED;
    }

    void remove(String reason, Instant at) {
        this.status = CatalogStatus.REMOVED;
        this.removalReason = reason;
        this.removedAt = at;
    }

    void reviewed(int year) {
        this.lastReviewYear = year;
    }

    /** Whether the yearly review of {@code year} is still to be done: listed, and neither listed nor reviewed that year. */
    public boolean isDueForReview(int year) {
        return status == CatalogStatus.LISTED && (lastReviewYear == null ? catalogYear : lastReviewYear) < year;
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

    public String getCatalogRegion() {
        return catalogRegion;
    }

    public CatalogOwner getOwner() {
        return CatalogOwner.of(catalogRegion);
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

    public String getReason() {
        return reason;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public Integer getLastReviewYear() {
        return lastReviewYear;
    }

    public boolean isDemo() {
        return demo;
    }
}
