package cn.jilin.laborbrand.registry.park;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One year's figures of a park (二(三)3): land and building stock brought into use, receivables financing, zones, jobs. */
@Entity
@Table(name = "industrial_park_figures")
@DataScoped(region = "park.regionCode")
public class ParkFigures extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id")
    private long parkId;

    // Read-only, same module: lets the scope reach the park's region in the query.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "park_id", insertable = false, updatable = false)
    private IndustrialPark park;

    private int year;

    @Column(name = "land_mu")
    private BigDecimal landMu;

    @Column(name = "building_m2")
    private BigDecimal buildingM2;

    @Column(name = "receivables_financing")
    private BigDecimal receivablesFinancing;

    @Column(name = "enterprises_in_zones")
    private int enterprisesInZones;

    private int jobs;

    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected ParkFigures() {
    }

    ParkFigures(IndustrialPark park, FiguresDetails details) {
        this.park = park;
        this.parkId = park.getId();
        apply(details);
    }

    void apply(FiguresDetails d) {
        this.year = d.year();
        this.landMu = d.landMu();
        this.buildingM2 = d.buildingM2();
        this.receivablesFinancing = d.receivablesFinancing();
        this.enterprisesInZones = d.enterprisesInZones();
        this.jobs = d.jobs();
    }

    public FiguresDetails details() {
        return new FiguresDetails(year, landMu, buildingM2, receivablesFinancing, enterprisesInZones, jobs);
    }

    public Long getId() {
        return id;
    }

    public long getParkId() {
        return parkId;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getLandMu() {
        return landMu;
    }

    public BigDecimal getBuildingM2() {
        return buildingM2;
    }

    public BigDecimal getReceivablesFinancing() {
        return receivablesFinancing;
    }

    public int getEnterprisesInZones() {
        return enterprisesInZones;
    }

    public int getJobs() {
        return jobs;
    }

    public boolean isDemo() {
        return demo;
    }
}
