package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A city's development plan for its brands (二(一)1: 针对性制定发展规划和建设方案，明确建设思路、发展方向和工作重点): the
 * document (an attachment), when and by whom it was issued, the years it covers and the brands of the city it names.
 */
@Entity
@Table(name = "brand_development_plan")
@DataScoped(region = "regionCode")
public class BrandDevelopmentPlan extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    private String title;

    private String issuer;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "first_year")
    private int firstYear;

    @Column(name = "last_year")
    private int lastYear;

    private String summary;

    // read with the plan (the roll-up shows how many), a batch of plans' brands in one query
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "brand_development_plan_brand", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "brand_id")
    private Set<Long> brandIds = new LinkedHashSet<>();

    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected BrandDevelopmentPlan() {
    }

    BrandDevelopmentPlan(String regionCode, DevelopmentPlanDetails details) {
        this.regionCode = regionCode;
        write(details);
    }

    void write(DevelopmentPlanDetails d) {
        this.title = d.title().strip();
        this.issuer = d.issuer().strip();
        this.issuedOn = d.issuedOn();
        this.firstYear = d.firstYear();
        this.lastYear = d.lastYear();
        this.summary = Text.orNull(d.summary());
        this.brandIds.clear();
        this.brandIds.addAll(d.brandIds());
    }

    public DevelopmentPlanDetails details() {
        return new DevelopmentPlanDetails(title, issuer, issuedOn, firstYear, lastYear, summary, List.copyOf(brandIds));
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getTitle() {
        return title;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getLastYear() {
        return lastYear;
    }

    public String getSummary() {
        return summary;
    }

    public Set<Long> getBrandIds() {
        return Set.copyOf(brandIds);
    }

    public boolean isDemo() {
        return demo;
    }
}
