package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.Text;
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
import java.math.BigDecimal;
import java.time.LocalDate;

/** 岗位信息: an employer's opening in a place that takes Jilin workers, posted through a Jilin region. */
@Entity
@Table(name = "cooperation_vacancy")
@DataScoped(region = "regionCode")
public class Vacancy extends AuditedEntity {

    static final String SUBJECT_TYPE = "cooperation_vacancy";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    private String employer;

    @Column(name = "occupation_code")
    private String occupationCode;

    private int places;

    @Column(name = "pay_min")
    private BigDecimal payMin;

    @Column(name = "pay_max")
    private BigDecimal payMax;

    private String place;

    @Column(name = "inbound_base_id")
    private Long inboundBaseId;

    @Column(name = "posted_on")
    private LocalDate postedOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "other_headcount")
    private int otherHeadcount;

    private String note;

    @Enumerated(EnumType.STRING)
    private VacancyStatus status = VacancyStatus.OPEN;

    private boolean demo;

    protected Vacancy() {
    }

    void write(VacancyDetails d) {
        this.regionCode = d.regionCode();
        this.employer = d.employer().strip();
        this.occupationCode = d.occupationCode();
        this.places = d.places();
        this.payMin = d.payMin();
        this.payMax = d.payMax();
        this.place = d.place().strip();
        this.inboundBaseId = d.inboundBaseId();
        this.postedOn = d.postedOn();
        this.closesOn = d.closesOn();
        this.otherHeadcount = d.otherHeadcount() == null ? 0 : d.otherHeadcount();
        this.note = Text.orNull(d.note());
    }

    public VacancyDetails details() {
        return new VacancyDetails(regionCode, employer, occupationCode, places, payMin, payMax, place, inboundBaseId, postedOn, closesOn,
                otherHeadcount, note);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getEmployer() {
        return employer;
    }

    public String getOccupationCode() {
        return occupationCode;
    }

    public int getPlaces() {
        return places;
    }

    public BigDecimal getPayMin() {
        return payMin;
    }

    public BigDecimal getPayMax() {
        return payMax;
    }

    public String getPlace() {
        return place;
    }

    public Long getInboundBaseId() {
        return inboundBaseId;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getOtherHeadcount() {
        return otherHeadcount;
    }

    public String getNote() {
        return note;
    }

    public VacancyStatus getStatus() {
        return status;
    }

    /** Whether it takes placements now. */
    public boolean isOpen() {
        return status == VacancyStatus.OPEN;
    }

    void moveTo(VacancyStatus status) {
        this.status = status;
    }

    public boolean isDemo() {
        return demo;
    }
}
