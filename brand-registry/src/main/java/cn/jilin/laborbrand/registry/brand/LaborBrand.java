package cn.jilin.laborbrand.registry.brand;

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
import java.math.RoundingMode;

/** 劳务品牌: a named body of workers with a recognisable skill or service and a home region. */
@Entity
@Table(name = "labor_brand")
@DataScoped(region = "regionCode")
public class LaborBrand extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "region_code")
    private String regionCode;

    @Enumerated(EnumType.STRING)
    private BrandScope scope;

    @Enumerated(EnumType.STRING)
    private BrandType type;

    @Enumerated(EnumType.STRING)
    private IndustrySection industry;

    private String occupations;

    @Enumerated(EnumType.STRING)
    private BrandMaturity maturity;

    @Enumerated(EnumType.STRING)
    private BrandLevel level = BrandLevel.NONE;

    /** Computed by the database from the level, for sorting only. */
    @Column(name = "level_rank", insertable = false, updatable = false)
    private Short levelRank;

    @Column(name = "workforce_size")
    private int workforceSize;

    @Column(name = "annual_labor_income")
    private BigDecimal annualLaborIncome;

    @Column(name = "trained_count")
    private int trainedCount;

    @Column(name = "certified_count")
    private int certifiedCount;

    @Column(name = "brand_leader")
    private String brandLeader;

    @Column(name = "trademark_number")
    private String trademarkNumber;

    @Column(name = "logo_attachment_id")
    private Long logoAttachmentId;

    private String story;

    @Enumerated(EnumType.STRING)
    private BrandStatus status = BrandStatus.ACTIVE;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected LaborBrand() {
    }

    LaborBrand(BrandDetails details) {
        apply(details);
    }

    void apply(BrandDetails d) {
        this.name = d.name().strip();
        this.regionCode = d.regionCode();
        this.scope = d.scope();
        this.type = d.type();
        this.industry = d.industry();
        this.occupations = Text.orNull(d.occupations());
        this.maturity = d.maturity();
        this.workforceSize = d.workforceSize();
        this.annualLaborIncome = d.annualLaborIncome().setScale(2, RoundingMode.HALF_UP);
        this.trainedCount = d.trainedCount();
        this.certifiedCount = d.certifiedCount();
        this.brandLeader = Text.orNull(d.brandLeader());
        this.trademarkNumber = Text.orNull(d.trademarkNumber());
        this.story = Text.orNull(d.story());
        this.status = d.status() == null ? BrandStatus.ACTIVE : d.status();
    }

    void changeLevel(BrandLevel to) {
        this.level = to;
    }

    void setLogo(Long attachmentId) {
        this.logoAttachmentId = attachmentId;
    }

    /** The details as entered, for an edit form. */
    public BrandDetails details() {
        return new BrandDetails(name, regionCode, scope, type, industry, occupations, maturity, workforceSize,
                annualLaborIncome, trainedCount, certifiedCount, brandLeader, trademarkNumber, story, status);
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

    public BrandScope getScope() {
        return scope;
    }

    public BrandType getType() {
        return type;
    }

    public IndustrySection getIndustry() {
        return industry;
    }

    public String getOccupations() {
        return occupations;
    }

    public BrandMaturity getMaturity() {
        return maturity;
    }

    public BrandLevel getLevel() {
        return level;
    }

    public int getWorkforceSize() {
        return workforceSize;
    }

    public BigDecimal getAnnualLaborIncome() {
        return annualLaborIncome;
    }

    public int getTrainedCount() {
        return trainedCount;
    }

    public int getCertifiedCount() {
        return certifiedCount;
    }

    public String getBrandLeader() {
        return brandLeader;
    }

    public String getTrademarkNumber() {
        return trademarkNumber;
    }

    public Long getLogoAttachmentId() {
        return logoAttachmentId;
    }

    public String getStory() {
        return story;
    }

    public BrandStatus getStatus() {
        return status;
    }

    public boolean isDemo() {
        return demo;
    }
}
