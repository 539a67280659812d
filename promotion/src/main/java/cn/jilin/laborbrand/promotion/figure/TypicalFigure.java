package cn.jilin.laborbrand.promotion.figure;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.code.ResidentId.Sex;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import cn.jilin.laborbrand.promotion.consent.PublicationConsent;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 典型人物 (三(三)): a person held up as an example of a brand — its leader, founder, inheritor, pacesetter or ambassador —
 * with their story, photo and written consent. Published only while a consent is in force; the brand is referred to
 * by id (another module's aggregate).
 */
@Entity
@Table(name = "typical_figure")
@DataScoped(region = "regionCode")
public class TypicalFigure extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Enumerated(EnumType.STRING)
    private FigureRole role;

    @Column(name = "brand_id")
    private long brandId;

    @Column(name = "region_code")
    private String regionCode;

    private String headline;

    private String story;

    @Column(name = "photo_attachment_id")
    private Long photoAttachmentId;

    @Embedded
    private PublicationConsent consent = PublicationConsent.none();

    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected TypicalFigure() {
    }

    TypicalFigure(FigureDetails details, long brandId, String regionCode) {
        change(details, brandId, regionCode);
    }

    final void change(FigureDetails details, long brandId, String regionCode) {
        this.name = details.name().strip();
        this.sex = details.sex();
        this.birthYear = details.birthYear();
        this.role = details.role();
        this.brandId = brandId;
        this.regionCode = regionCode;
        this.headline = Text.orNull(details.headline());
        this.story = details.story().strip();
    }

    void photo(Long attachmentId) {
        this.photoAttachmentId = attachmentId;
    }

    void consent(PublicationConsent consent) {
        this.consent = consent == null ? PublicationConsent.none() : consent;
    }

    void publish(Instant at, Long by) {
        this.published = true;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    void unpublish() {
        this.published = false;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Sex getSex() {
        return sex;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public FigureRole getRole() {
        return role;
    }

    public long getBrandId() {
        return brandId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getHeadline() {
        return headline;
    }

    public String getStory() {
        return story;
    }

    public Long getPhotoAttachmentId() {
        return photoAttachmentId;
    }

    public PublicationConsent getConsent() {
        return consent == null ? PublicationConsent.none() : consent;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getPublishedBy() {
        return publishedBy;
    }

    public boolean isDemo() {
        return demo;
    }
}
