package cn.jilin.laborbrand.training.certificate;

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

/**
 * A certificate a trainee earned: number (unique per issuer), kind, occupation, level, issue date, issuer — an
 * organisation of the directory, or for rows recorded before issuers were chosen from it, the text then typed.
 */
@Entity
@Table(name = "certificate")
@DataScoped(region = "regionCode", organisation = "organisationId")
public class Certificate extends AuditedEntity {

    public static final String SUBJECT_TYPE = "certificate";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @Column(name = "issuer_id")
    private Long issuerId;

    // the free text of a certificate recorded before V16_3 whose issuer matched no directory organisation
    @Column(name = "legacy_issuer")
    private String legacyIssuer;

    @Column(name = "trainee_id")
    private long traineeId;

    @Column(name = "course_id")
    private long courseId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "holder_name")
    private String holderName;

    @Enumerated(EnumType.STRING)
    private CertificateKind kind;

    @Column(name = "occupation_code")
    private String occupationCode;

    private Short level;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    private boolean demo;

    protected Certificate() {
    }

    Certificate(CertificateDetails d, long traineeId, long courseId, long organisationId, String regionCode, String holderName) {
        this.number = d.number().strip();
        this.issuerId = d.issuerId();
        this.traineeId = traineeId;
        this.courseId = courseId;
        this.organisationId = organisationId;
        this.regionCode = regionCode;
        this.holderName = holderName;
        this.kind = d.kind();
        this.occupationCode = d.occupationCode();
        this.level = d.kind().hasLevel() ? d.level().shortValue() : null;
        this.issueDate = d.issueDate();
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    /** The issuing organisation, or null for a legacy row (see {@link #getLegacyIssuer()}). */
    public Long getIssuerId() {
        return issuerId;
    }

    public String getLegacyIssuer() {
        return legacyIssuer;
    }

    public long getTraineeId() {
        return traineeId;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getHolderName() {
        return holderName;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public String getOccupationCode() {
        return occupationCode;
    }

    public Short getLevel() {
        return level;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public boolean isDemo() {
        return demo;
    }
}
