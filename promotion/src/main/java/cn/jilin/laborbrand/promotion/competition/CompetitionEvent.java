package cn.jilin.laborbrand.promotion.competition;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 比赛项目: one event of a competition, with its day and place. */
@Entity
@Table(name = "competition_event")
public class CompetitionEvent extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "competition_id")
    private long competitionId;

    private String name;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String place;

    protected CompetitionEvent() {
    }

    CompetitionEvent(long competitionId, String name, LocalDate heldOn, String place) {
        this.competitionId = competitionId;
        this.name = name;
        this.heldOn = heldOn;
        this.place = place;
    }

    public Long getId() {
        return id;
    }

    public long getCompetitionId() {
        return competitionId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }
}
