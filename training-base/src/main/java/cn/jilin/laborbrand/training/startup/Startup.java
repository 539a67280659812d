package cn.jilin.laborbrand.training.startup;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 创业实体: a business founded by a worker of a labor brand (二(三)1), with the jobs it created, its founder (resident ID
 * and phone only encrypted, a keyed hash of the ID beside), start-up training, guaranteed loan, tax relief and the
 * carrier that incubates it. Pages see it only as {@link StartupView}.
 */
@Entity
@Table(name = "startup")
@DataScoped(region = "regionCode")
public class Startup extends AuditedEntity {

    static final String SUBJECT_TYPE = "startup";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(name = "jobs_created")
    private int jobsCreated;

    @Column(name = "founder_name")
    private String founderName;

    @Column(name = "founder_resident_id_cipher")
    private String founderResidentIdCipher;

    @Column(name = "founder_resident_id_index")
    private String founderResidentIdIndex;

    @Column(name = "founder_phone_cipher")
    private String founderPhoneCipher;

    @Column(name = "startup_training")
    private boolean startupTraining;

    @Column(name = "startup_training_on")
    private LocalDate startupTrainingOn;

    /** The platform's course of the start-up training, when the founder attended one (null: recorded by hand or none). */
    @Column(name = "training_course_id")
    private Long trainingCourseId;

    @Column(name = "loan_bank")
    private String loanBank;

    @Column(name = "loan_amount")
    private BigDecimal loanAmount;

    @Column(name = "loan_granted_on")
    private LocalDate loanGrantedOn;

    @Column(name = "loan_term_months")
    private Integer loanTermMonths;

    @Column(name = "loan_due_on")
    private LocalDate loanDueOn;

    @Column(name = "loan_interest_subsidy")
    private BigDecimal loanInterestSubsidy;

    @Column(name = "tax_relief")
    private BigDecimal taxRelief;

    @Column(name = "incubator_id")
    private Long incubatorId;

    private boolean demo;

    protected Startup() {
    }

    Startup(String founderResidentIdCipher, String founderResidentIdIndex) {
        founder(founderResidentIdCipher, founderResidentIdIndex);
    }

    void founder(String residentIdCipher, String residentIdIndex) {
        if (!residentIdIndex.equals(this.founderResidentIdIndex)) {
            this.trainingCourseId = null; // another person: the course was the former founder's
        }
        this.founderResidentIdCipher = residentIdCipher;
        this.founderResidentIdIndex = residentIdIndex;
    }

    /** The founder's start-up training is this course of the platform, which ended on {@code endDate}. */
    void trainedIn(long courseId, LocalDate endDate) {
        this.trainingCourseId = courseId;
        this.startupTraining = true;
        this.startupTrainingOn = endDate;
    }

    /** Writes what was checked by the service; money already at scale 2. */
    void write(StartupDetails d, String phoneCipher) {
        this.name = d.name().strip();
        this.regionCode = d.regionCode();
        this.brandId = d.brandId();
        this.foundedOn = d.foundedOn();
        this.jobsCreated = d.jobsCreated();
        this.founderName = d.founderName().strip();
        this.founderPhoneCipher = phoneCipher;
        this.startupTraining = d.startupTraining();
        this.startupTrainingOn = d.startupTraining() ? d.startupTrainingOn() : null;
        if (!d.startupTraining()) {
            this.trainingCourseId = null;
        }
        boolean loan = d.loanBank() != null && !d.loanBank().isBlank();
        this.loanBank = loan ? d.loanBank().strip() : null;
        this.loanAmount = loan ? d.loanAmount() : null;
        this.loanGrantedOn = loan ? d.loanGrantedOn() : null;
        this.loanTermMonths = loan ? d.loanTermMonths() : null;
        this.loanDueOn = loan ? d.loanGrantedOn().plusMonths(d.loanTermMonths()) : null;
        this.loanInterestSubsidy = loan ? d.loanInterestSubsidy() : null;
        this.taxRelief = d.taxRelief();
        this.incubatorId = d.incubatorId();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getBrandId() {
        return brandId;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public int getJobsCreated() {
        return jobsCreated;
    }

    public String getFounderName() {
        return founderName;
    }

    String getFounderResidentIdCipher() {
        return founderResidentIdCipher;
    }

    String getFounderResidentIdIndex() {
        return founderResidentIdIndex;
    }

    String getFounderPhoneCipher() {
        return founderPhoneCipher;
    }

    public boolean isStartupTraining() {
        return startupTraining;
    }

    public Long getTrainingCourseId() {
        return trainingCourseId;
    }

    public LocalDate getStartupTrainingOn() {
        return startupTrainingOn;
    }

    public String getLoanBank() {
        return loanBank;
    }

    public BigDecimal getLoanAmount() {
        return loanAmount;
    }

    public LocalDate getLoanGrantedOn() {
        return loanGrantedOn;
    }

    public Integer getLoanTermMonths() {
        return loanTermMonths;
    }

    public LocalDate getLoanDueOn() {
        return loanDueOn;
    }

    public BigDecimal getLoanInterestSubsidy() {
        return loanInterestSubsidy;
    }

    public BigDecimal getTaxRelief() {
        return taxRelief;
    }

    public Long getIncubatorId() {
        return incubatorId;
    }

    public boolean isDemo() {
        return demo;
    }
}
