package cn.jilin.laborbrand.registry.finance;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** 以劳务品牌为标的物投保 (二(三)1): a policy taken out on a brand, in the brand's region. */
@Entity
@Table(name = "brand_insurance")
@DataScoped(region = "regionCode")
public class BrandInsurance extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id")
    private long brandId;

    @Column(name = "region_code")
    private String regionCode;

    private String insurer;

    private String product;

    @Column(name = "insured_amount")
    private BigDecimal insuredAmount;

    private BigDecimal premium;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "policy_number")
    private String policyNumber;

    private String note;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected BrandInsurance() {
    }

    BrandInsurance(long brandId, String regionCode, InsuranceDetails details) {
        this.brandId = brandId;
        this.regionCode = regionCode;
        apply(details);
    }

    void apply(InsuranceDetails d) {
        this.insurer = d.insurer().strip();
        this.product = d.product().strip();
        this.insuredAmount = d.insuredAmount().setScale(2, RoundingMode.UNNECESSARY);
        this.premium = d.premium().setScale(2, RoundingMode.UNNECESSARY);
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
        this.policyNumber = d.policyNumber().strip();
        this.note = Text.orNull(d.note());
    }

    /** The details as entered, for an edit form. */
    public InsuranceDetails details() {
        return new InsuranceDetails(insurer, product, insuredAmount, premium, startsOn, endsOn, policyNumber, note);
    }

    /** Not begun, in force or ended on {@code day}. */
    public InsuranceStatus statusOn(LocalDate day) {
        return InsuranceStatus.on(day, startsOn, endsOn);
    }

    public Long getId() {
        return id;
    }

    public long getBrandId() {
        return brandId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getInsurer() {
        return insurer;
    }

    public String getProduct() {
        return product;
    }

    public BigDecimal getInsuredAmount() {
        return insuredAmount;
    }

    public BigDecimal getPremium() {
        return premium;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public String getNote() {
        return note;
    }

    public boolean isDemo() {
        return demo;
    }
}
