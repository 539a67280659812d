package cn.jilin.laborbrand.training.dispatch;

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
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** 劳务输出: an organised move of trainees to an employer elsewhere (basis of the transport grant and service subsidy). */
@Entity
@Table(name = "labor_dispatch")
@DataScoped(region = "regionCode")
public class LaborDispatch extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "organiser_kind")
    private OrganiserKind organiserKind;

    @Column(name = "organiser_name")
    private String organiserName;

    @Column(name = "destination_region_code")
    private String destinationRegionCode;

    @Column(name = "destination_outside")
    private String destinationOutside;

    private String employer;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private String note;

    private boolean demo;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "labor_dispatch_trainee", joinColumns = @JoinColumn(name = "dispatch_id"))
    @Column(name = "trainee_id")
    private Set<Long> traineeIds = new LinkedHashSet<>();

    protected LaborDispatch() {
    }

    void write(DispatchDetails d, Collection<Long> trainees) {
        this.organiserKind = d.organiserKind();
        this.organiserName = d.organiserName().strip();
        this.regionCode = d.regionCode();
        this.destinationRegionCode = d.destinationRegionCode() == null || d.destinationRegionCode().isBlank() ? null : d.destinationRegionCode();
        this.destinationOutside = Text.orNull(d.destinationOutside());
        this.employer = d.employer().strip();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.note = Text.orNull(d.note());
        this.traineeIds.clear();
        this.traineeIds.addAll(trainees);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public OrganiserKind getOrganiserKind() {
        return organiserKind;
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public String getDestinationRegionCode() {
        return destinationRegionCode;
    }

    public String getDestinationOutside() {
        return destinationOutside;
    }

    public String getEmployer() {
        return employer;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getNote() {
        return note;
    }

    public boolean isDemo() {
        return demo;
    }

    public Set<Long> getTraineeIds() {
        return Set.copyOf(traineeIds);
    }

    public int getPeople() {
        return traineeIds.size();
    }
}
