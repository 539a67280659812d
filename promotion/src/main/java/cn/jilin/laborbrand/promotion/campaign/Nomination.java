package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.Text;
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
import java.math.BigDecimal;

/**
 * 提名: a city's entry in a campaign — a designated brand of its region, or a person with the brand they work in, their
 * story, a photo and their written consent to publish (PIPL). No phone or resident ID is kept: the campaign does not
 * need them. Scoped by the nominating city's region; experts see it once assigned and free of conflicts.
 */
@Entity
@Table(name = "nomination")
@DataScoped(region = "regionCode", reviewSubject = Nomination.SUBJECT_TYPE)
public class Nomination extends AuditedEntity {

    public static final String SUBJECT_TYPE = "nomination";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private long campaignId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "prefecture_code")
    private String prefectureCode;

    private String category;

    @Column(name = "brand_id")
    private long brandId;

    @Column(name = "person_name")
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_sex")
    private Sex personSex;

    @Column(name = "person_birth_year")
    private Integer personBirthYear;

    private String story;

    @Column(name = "photo_attachment_id")
    private Long photoAttachmentId;

    @Embedded
    private PublicationConsent consent = PublicationConsent.none();

    @Enumerated(EnumType.STRING)
    private NominationState state = NominationState.DRAFT;

    private BigDecimal score;

    @Column(name = "tier_rank")
    private Integer tierRank;

    private boolean demo;

    /** A person's sex as the nomination form records it. */
    public enum Sex {
        MALE, FEMALE
    }

    protected Nomination() {
    }

    Nomination(long campaignId, String regionCode, String prefectureCode) {
        this.campaignId = campaignId;
        this.regionCode = regionCode;
        this.prefectureCode = prefectureCode;
    }

    void apply(NominationDetails d) {
        this.category = Text.orNull(d.category());
        this.brandId = d.brandId();
        this.personName = Text.orNull(d.personName());
        this.personSex = d.personSex();
        this.personBirthYear = d.personBirthYear();
        this.story = d.story().strip();
    }

    void moveTo(NominationState state) {
        this.state = state;
    }

    void consent(PublicationConsent consent) {
        this.consent = consent;
    }

    void photo(Long attachmentId) {
        this.photoAttachmentId = attachmentId;
    }

    void scored(BigDecimal score) {
        this.score = score;
    }

    void tier(Integer rank) {
        this.tierRank = rank;
    }

    public boolean isPerson() {
        return personName != null;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public String getCategory() {
        return category;
    }

    public long getBrandId() {
        return brandId;
    }

    public String getPersonName() {
        return personName;
    }

    public Sex getPersonSex() {
        return personSex;
    }

    public Integer getPersonBirthYear() {
        return personBirthYear;
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

    public NominationState getState() {
        return state;
    }

    public BigDecimal getScore() {
        return score;
    }

    public Integer getTierRank() {
        return tierRank;
    }

    public boolean isDemo() {
        return demo;
    }
}
