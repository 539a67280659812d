package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A trained brand worker placed on a vacancy; scoped by the vacancy's region. */
@Entity
@Table(name = "cooperation_placement")
@DataScoped(region = "regionCode")
public class Placement extends AuditedEntity {

    static final String SUBJECT_TYPE = "cooperation_placement";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vacancy_id")
    private long vacancyId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "trainee_id")
    private long traineeId;

    @Column(name = "placed_on")
    private LocalDate placedOn;

    private boolean demo;

    protected Placement() {
    }

    Placement(Vacancy vacancy, long traineeId, LocalDate placedOn) {
        this.vacancyId = vacancy.getId();
        this.regionCode = vacancy.getRegionCode();
        this.traineeId = traineeId;
        this.placedOn = placedOn;
    }

    void correct(LocalDate placedOn) {
        this.placedOn = placedOn;
    }

    /** Takes the region of its vacancy when the vacancy moves to another region. */
    void carryRegion(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getId() {
        return id;
    }

    public long getVacancyId() {
        return vacancyId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public long getTraineeId() {
        return traineeId;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    public boolean isDemo() {
        return demo;
    }
}
