package cn.jilin.laborbrand.training.course;

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

/** 职业技能培训（班）: a class of one occupation, for a brand, run by an institution (at a base), with its roster. */
@Entity
@Table(name = "training_course")
@DataScoped(region = "regionCode", organisation = "organisationId")
public class TrainingCourse extends AuditedEntity {

    public static final String SUBJECT_TYPE = "training_course";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "occupation_code")
    private String occupationCode;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "base_id")
    private Long baseId;

    @Column(name = "institution_id")
    private long institutionId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private int hours;

    private boolean subsidised;

    @Enumerated(EnumType.STRING)
    private CourseStatus status;

    private boolean demo;

    protected TrainingCourse() {
    }

    void write(CourseDetails d, long organisationId, String regionCode) {
        this.name = d.name().strip();
        this.occupationCode = d.occupationCode();
        this.brandId = d.brandId();
        this.baseId = d.baseId();
        this.institutionId = d.institutionId();
        this.organisationId = organisationId;
        this.regionCode = regionCode;
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.hours = d.hours();
        this.subsidised = d.subsidised();
        this.status = d.status() == null ? CourseStatus.PLANNED : d.status();
    }

    public CourseDetails details() {
        return new CourseDetails(name, occupationCode, brandId, baseId, institutionId, startDate, endDate, hours, subsidised, status);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOccupationCode() {
        return occupationCode;
    }

    public Long getBrandId() {
        return brandId;
    }

    public Long getBaseId() {
        return baseId;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getHours() {
        return hours;
    }

    public boolean isSubsidised() {
        return subsidised;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public boolean isDemo() {
        return demo;
    }
}
