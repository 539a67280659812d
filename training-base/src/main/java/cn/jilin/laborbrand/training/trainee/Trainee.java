package cn.jilin.laborbrand.training.trainee;

import cn.jilin.laborbrand.platform.code.ResidentId;
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
import java.util.Set;

/**
 * 学员: a person on a course's roster. The resident ID and phone are kept only encrypted; a keyed hash of the ID finds
 * duplicates; birth date and sex come from the ID. Pages see a trainee only as {@link MaskedTrainee}.
 */
@Entity
@Table(name = "trainee")
@DataScoped(region = "regionCode", organisation = "organisationId")
public class Trainee extends AuditedEntity {

    public static final String SUBJECT_TYPE = "trainee";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id")
    private long courseId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "region_code")
    private String regionCode;

    private String name;

    @Column(name = "resident_id_cipher")
    private String residentIdCipher;

    @Column(name = "resident_id_index")
    private String residentIdIndex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private ResidentId.Sex sex;

    @Column(name = "phone_cipher")
    private String phoneCipher;

    @Column(name = "home_region_code")
    private String homeRegionCode;

    @Column(name = "priority_groups")
    private String priorityGroups = "";

    private String employer;

    @Column(name = "employed_since")
    private LocalDate employedSince;

    private boolean demo;

    protected Trainee() {
    }

    Trainee(long courseId, long organisationId, String regionCode, ResidentId residentId, String residentIdCipher, String residentIdIndex) {
        this.courseId = courseId;
        this.organisationId = organisationId;
        this.regionCode = regionCode;
        this.residentIdCipher = residentIdCipher;
        this.residentIdIndex = residentIdIndex;
        this.birthDate = residentId.birthDate();
        this.sex = residentId.sex();
    }

    void write(String name, String phoneCipher, String homeRegionCode, Set<PriorityGroup> groups, String employer, LocalDate employedSince) {
        this.name = name;
        this.phoneCipher = phoneCipher;
        this.homeRegionCode = homeRegionCode;
        this.priorityGroups = PriorityGroup.encode(groups);
        this.employer = employer;
        this.employedSince = employedSince;
    }

    public Long getId() {
        return id;
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

    public String getName() {
        return name;
    }

    String getResidentIdCipher() {
        return residentIdCipher;
    }

    String getResidentIdIndex() {
        return residentIdIndex;
    }


    String getPhoneCipher() {
        return phoneCipher;
    }

    // birth date, sex and home region leave this package only as Masking.person shows them (MaskedTrainee)
    String getHomeRegionCode() {
        return homeRegionCode;
    }

    public Set<PriorityGroup> getPriorityGroups() {
        return PriorityGroup.decode(priorityGroups);
    }

    public String getEmployer() {
        return employer;
    }

    public LocalDate getEmployedSince() {
        return employedSince;
    }

    public boolean isDemo() {
        return demo;
    }
}
