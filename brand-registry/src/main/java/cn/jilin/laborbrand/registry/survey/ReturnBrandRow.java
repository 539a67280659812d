package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A brand's line in a return: the brand (by id, with its name, home region and type as they were when the return was
 * saved) and the figures the bureau reports for the year.
 */
@Embeddable
public class ReturnBrandRow {

    @Column(name = "brand_id")
    private long brandId;

    @Column(name = "brand_name")
    private String brandName;

    @Column(name = "brand_region_code")
    private String brandRegionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "brand_type")
    private BrandType brandType;

    @Enumerated(EnumType.STRING)
    private BrandMaturity maturity;

    @Column(name = "workforce_size")
    private int workforceSize;

    @Column(name = "annual_labor_income")
    private BigDecimal annualLaborIncome;

    @Column(name = "trained_count")
    private int trainedCount;

    @Column(name = "certified_count")
    private int certifiedCount;

    protected ReturnBrandRow() {
    }

    ReturnBrandRow(long brandId, String brandName, String brandRegionCode, BrandType brandType, BrandFigures figures) {
        this.brandId = brandId;
        describe(brandName, brandRegionCode, brandType);
        apply(figures);
    }

    void describe(String name, String regionCode, BrandType type) {
        this.brandName = name;
        this.brandRegionCode = regionCode;
        this.brandType = type;
    }

    void apply(BrandFigures figures) {
        this.maturity = figures.maturity();
        this.workforceSize = figures.workforceSize();
        this.annualLaborIncome = figures.annualLaborIncome().setScale(2, RoundingMode.HALF_UP);
        this.trainedCount = figures.trainedCount();
        this.certifiedCount = figures.certifiedCount();
    }

    /** The figures as entered, for the form. */
    public BrandFigures figures() {
        return new BrandFigures(brandId, maturity, workforceSize, annualLaborIncome, trainedCount, certifiedCount);
    }

    public long getBrandId() {
        return brandId;
    }

    public String getBrandName() {
        return brandName;
    }

    public String getBrandRegionCode() {
        return brandRegionCode;
    }

    public BrandType getBrandType() {
        return brandType;
    }

    public BrandMaturity getMaturity() {
        return maturity;
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
}
