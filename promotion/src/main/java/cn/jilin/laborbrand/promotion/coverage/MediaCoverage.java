package cn.jilin.laborbrand.promotion.coverage;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** 宣传报道 (三(四)): a report on TV, radio, in a newspaper or new media, or a film, about one or more brands (by id). */
@Entity
@Table(name = "media_coverage")
@DataScoped(region = "regionCode")
public class MediaCoverage extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String outlet;

    @Enumerated(EnumType.STRING)
    private CoverageKind kind;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    private String title;

    private String link;

    @Column(name = "region_code")
    private String regionCode;

    private String summary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_coverage_brand", joinColumns = @JoinColumn(name = "coverage_id"))
    @Column(name = "brand_id")
    private Set<Long> brandIds = new LinkedHashSet<>();

    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected MediaCoverage() {
    }

    MediaCoverage(CoverageDetails details, String regionCode) {
        change(details, regionCode);
    }

    final void change(CoverageDetails details, String regionCode) {
        this.outlet = details.outlet().strip();
        this.kind = details.kind();
        this.publishedOn = details.publishedOn();
        this.title = details.title().strip();
        this.link = details.link() == null || details.link().isBlank() ? null : details.link();
        this.regionCode = regionCode;
        this.summary = Text.orNull(details.summary());
        this.brandIds.clear();
        this.brandIds.addAll(details.brandIds());
    }

    public Long getId() {
        return id;
    }

    public String getOutlet() {
        return outlet;
    }

    public CoverageKind getKind() {
        return kind;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getSummary() {
        return summary;
    }

    public Set<Long> getBrandIds() {
        return Set.copyOf(brandIds);
    }

    public boolean isDemo() {
        return demo;
    }
}
