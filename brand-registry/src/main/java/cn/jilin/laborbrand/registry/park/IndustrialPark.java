package cn.jilin.laborbrand.registry.park;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * 劳务品牌产业园区 (二(三)3): a park that gathers a brand's upstream and downstream firms, in one region. Its brands and
 * enterprises are referred to by id (brands of this module, organisations of the directory).
 */
@Entity
@Table(name = "industrial_park")
@DataScoped(region = "regionCode")
public class IndustrialPark extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "region_code")
    private String regionCode;

    private String positioning;

    @ElementCollection
    @CollectionTable(name = "industrial_park_brand", joinColumns = @JoinColumn(name = "park_id"))
    @Column(name = "brand_id")
    private Set<Long> brandIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "industrial_park_enterprise", joinColumns = @JoinColumn(name = "park_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new LinkedHashSet<>();

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected IndustrialPark() {
    }

    IndustrialPark(ParkDetails details) {
        apply(details);
    }

    void apply(ParkDetails d) {
        this.name = d.name().strip();
        this.regionCode = d.regionCode();
        this.positioning = d.positioning().strip();
        this.brandIds.clear();
        this.brandIds.addAll(d.brandIds());
        this.organisationIds.clear();
        this.organisationIds.addAll(d.organisationIds());
    }

    /** The details as entered, for an edit form. */
    public ParkDetails details() {
        return new ParkDetails(name, regionCode, positioning, Set.copyOf(brandIds), Set.copyOf(organisationIds));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getPositioning() {
        return positioning;
    }

    public boolean isDemo() {
        return demo;
    }
}
