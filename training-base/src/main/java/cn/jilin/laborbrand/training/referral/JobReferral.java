package cn.jilin.laborbrand.training.referral;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** 就业推荐: a vacancy of an employer and the trainees referred to it, each with an outcome. */
@Entity
@Table(name = "job_referral")
@DataScoped(region = "regionCode")
public class JobReferral extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    private String vacancy;

    private String employer;

    @Column(name = "work_place")
    private String workPlace;

    @Column(name = "referred_on")
    private LocalDate referredOn;

    private String note;

    private boolean demo;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "job_referral_trainee", joinColumns = @JoinColumn(name = "referral_id"))
    @MapKeyColumn(name = "trainee_id")
    @Column(name = "outcome")
    @Enumerated(EnumType.STRING)
    private Map<Long, ReferralOutcome> outcomes = new LinkedHashMap<>();

    protected JobReferral() {
    }

    JobReferral(ReferralDetails d, Collection<Long> trainees) {
        this.regionCode = d.regionCode();
        this.vacancy = d.vacancy().strip();
        this.employer = d.employer().strip();
        this.workPlace = Text.orNull(d.workPlace());
        this.referredOn = d.referredOn();
        this.note = Text.orNull(d.note());
        trainees.forEach(t -> outcomes.put(t, ReferralOutcome.REFERRED));
    }

    void setOutcome(long traineeId, ReferralOutcome outcome) {
        outcomes.put(traineeId, outcome);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getVacancy() {
        return vacancy;
    }

    public String getEmployer() {
        return employer;
    }

    public String getWorkPlace() {
        return workPlace;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getNote() {
        return note;
    }

    public boolean isDemo() {
        return demo;
    }

    public Map<Long, ReferralOutcome> getOutcomes() {
        return Map.copyOf(outcomes);
    }

    public long getHired() {
        return outcomes.values().stream().filter(o -> o == ReferralOutcome.HIRED).count();
    }

    public int getPeople() {
        return outcomes.size();
    }
}
