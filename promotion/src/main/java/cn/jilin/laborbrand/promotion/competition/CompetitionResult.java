package cn.jilin.laborbrand.promotion.competition;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 比赛成绩: a place in a competition (or one of its events), the person, their region and brand, and their certificate where one exists. */
@Entity
@Table(name = "competition_result")
public class CompetitionResult extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "competition_id")
    private long competitionId;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "result_rank")
    private int rank;

    private String award;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "certificate_number")
    private String certificateNumber;

    @Column(name = "certificate_issuer")
    private String certificateIssuer;

    protected CompetitionResult() {
    }

    CompetitionResult(long competitionId, ResultDetails d, String certificateIssuer) {
        this.competitionId = competitionId;
        this.eventId = d.eventId();
        this.rank = d.rank();
        this.award = d.award().strip();
        this.personName = d.personName().strip();
        this.regionCode = d.regionCode();
        this.brandId = d.brandId();
        this.certificateNumber = Text.orNull(d.certificateNumber());
        this.certificateIssuer = certificateIssuer;
    }

    public Long getId() {
        return id;
    }

    public long getCompetitionId() {
        return competitionId;
    }

    public Long getEventId() {
        return eventId;
    }

    public int getRank() {
        return rank;
    }

    public String getAward() {
        return award;
    }

    public String getPersonName() {
        return personName;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getBrandId() {
        return brandId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    /** The issuer of the linked certificate (null: no certificate of that number and name is on record). */
    public String getCertificateIssuer() {
        return certificateIssuer;
    }
}
