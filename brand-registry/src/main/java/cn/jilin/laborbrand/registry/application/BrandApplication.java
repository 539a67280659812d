package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 劳务品牌认定申报: a brand's application for a higher level. Scoped like its brand (the brand's home region), and visible
 * to an expert once assigned and free of conflicts of interest.
 */
@Entity
@Table(name = "brand_application")
@DataScoped(region = "regionCode", reviewSubject = BrandApplication.SUBJECT_TYPE)
public class BrandApplication extends AuditedEntity {

    /** The name of applications in attachments, workflow history, reviews and the audit log. */
    public static final String SUBJECT_TYPE = "brand_application";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id")
    private long brandId;

    @Column(name = "region_code")
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level")
    private BrandLevel targetLevel;

    @Enumerated(EnumType.STRING)
    private ApplicationState state = ApplicationState.DRAFT;

    private String reasons;

    private String achievements;

    @Column(name = "building_plan")
    private String buildingPlan;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone_cipher")
    private String contactPhoneCipher;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "notice_start")
    private LocalDate noticeStart;

    @Column(name = "notice_end")
    private LocalDate noticeEnd;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "designated_at")
    private Instant designatedAt;

    /** When the province recommended a national application to the ministry (人社部). */
    @Column(name = "ministry_recommended_at")
    private Instant ministryRecommendedAt;

    /** The ministry's decision on a national application: its document number (文号), date and, if given, the file. */
    @Column(name = "ministry_document_number")
    private String ministryDocumentNumber;

    @Column(name = "ministry_document_date")
    private LocalDate ministryDocumentDate;

    @Column(name = "ministry_attachment_id")
    private Long ministryAttachmentId;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected BrandApplication() {
    }

    BrandApplication(long brandId, String regionCode, BrandLevel targetLevel) {
        this.brandId = brandId;
        this.regionCode = regionCode;
        this.targetLevel = targetLevel;
    }

    void write(String reasons, String achievements, String buildingPlan, String contactName, String contactPhoneCipher) {
        this.reasons = reasons.strip();
        this.achievements = Text.orNull(achievements);
        this.buildingPlan = Text.orNull(buildingPlan);
        this.contactName = contactName.strip();
        this.contactPhoneCipher = contactPhoneCipher;
    }

    void moveTo(ApplicationState next) {
        this.state = next;
    }

    void submitted(Instant now) {
        this.submittedAt = now;
        this.returnReason = null;
    }

    void returned(String reason) {
        this.returnReason = reason;
    }

    void decided(String reason) {
        this.decisionReason = reason;
    }

    void noticeRuns(LocalDate start, LocalDate end) {
        this.noticeStart = start;
        this.noticeEnd = end;
    }

    void designated(Instant now) {
        this.designatedAt = now;
    }

    void recommendedToMinistry(Instant now) {
        this.ministryRecommendedAt = now;
    }

    void ministryDecided(String documentNumber, LocalDate documentDate, Long attachmentId) {
        this.ministryDocumentNumber = documentNumber;
        this.ministryDocumentDate = documentDate;
        this.ministryAttachmentId = attachmentId;
    }

    public Long getId() {
        return id;
    }

    public long getBrandId() {
        return brandId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public BrandLevel getTargetLevel() {
        return targetLevel;
    }

    public ApplicationState getState() {
        return state;
    }

    public String getReasons() {
        return reasons;
    }

    public String getAchievements() {
        return achievements;
    }

    public String getBuildingPlan() {
        return buildingPlan;
    }

    public String getContactName() {
        return contactName;
    }

    String getContactPhoneCipher() {
        return contactPhoneCipher;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public LocalDate getNoticeStart() {
        return noticeStart;
    }

    public LocalDate getNoticeEnd() {
        return noticeEnd;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDesignatedAt() {
        return designatedAt;
    }

    public Instant getMinistryRecommendedAt() {
        return ministryRecommendedAt;
    }

    public String getMinistryDocumentNumber() {
        return ministryDocumentNumber;
    }

    public LocalDate getMinistryDocumentDate() {
        return ministryDocumentDate;
    }

    public Long getMinistryAttachmentId() {
        return ministryAttachmentId;
    }

    /** Whether the ministry's decision has been recorded (a national application, designated or not selected by it). */
    public boolean isDecidedByMinistry() {
        return ministryDocumentNumber != null;
    }

    public boolean isDemo() {
        return demo;
    }
}
