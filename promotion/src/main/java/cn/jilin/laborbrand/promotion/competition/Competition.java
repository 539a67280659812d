package cn.jilin.laborbrand.promotion.competition;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 技能大赛: a skills contest of one occupation, held by the province or a city, in one year. */
@Entity
@Table(name = "competition")
public class Competition extends AuditedEntity {

    public static final String SUBJECT_TYPE = "competition";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "competition_year")
    private int year;

    private String organiser;

    private String occupation;

    @Enumerated(EnumType.STRING)
    private CompetitionLevel level;

    @Column(name = "region_code")
    private String regionCode;

    private boolean demo;

    protected Competition() {
    }

    Competition(CompetitionDetails d, String regionCode) {
        this.name = d.name().strip();
        this.year = d.year();
        this.organiser = d.organiser().strip();
        this.occupation = d.occupation().strip();
        this.level = d.level();
        this.regionCode = regionCode;
    }

    void revise(CompetitionDetails d, String regionCode) {
        this.name = d.name().strip();
        this.year = d.year();
        this.organiser = d.organiser().strip();
        this.occupation = d.occupation().strip();
        this.level = d.level();
        this.regionCode = regionCode;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public String getOrganiser() {
        return organiser;
    }

    public String getOccupation() {
        return occupation;
    }

    public CompetitionLevel getLevel() {
        return level;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public boolean isDemo() {
        return demo;
    }
}
