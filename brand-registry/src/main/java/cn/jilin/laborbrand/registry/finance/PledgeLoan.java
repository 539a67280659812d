package cn.jilin.laborbrand.registry.finance;

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
import java.time.LocalDate;

/**
 * 劳务品牌商标权、专利权质押贷款 (二(三)1): a loan a bank granted against one of the brand's trademarks or patents. It lies
 * in the brand's region; its due date is the grant date plus the term.
 */
@Entity
@Table(name = "brand_pledge_loan")
@DataScoped(region = "regionCode")
public class PledgeLoan extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id")
    private long brandId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "mark_id")
    private long markId;

    private String bank;

    private BigDecimal amount;

    @Column(name = "granted_on")
    private LocalDate grantedOn;

    @Column(name = "term_months")
    private int termMonths;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private PledgeStatus status;

    @Column(name = "repaid_on")
    private LocalDate repaidOn;

    private String note;

    /** Made by the demo runner (marked through {@code DemoRecords}), shown with a badge. */
    @Column(insertable = false, updatable = false)
    private boolean demo;

    protected PledgeLoan() {
    }

    PledgeLoan(long brandId, String regionCode, PledgeDetails details) {
        this.brandId = brandId;
        this.regionCode = regionCode;
        this.status = PledgeStatus.OUTSTANDING;
        apply(details);
    }

    void apply(PledgeDetails d) {
        this.markId = d.markId();
        this.bank = d.bank().strip();
        this.amount = d.amount().setScale(2, RoundingMode.UNNECESSARY);
        this.grantedOn = d.grantedOn();
        this.termMonths = d.termMonths();
        this.dueOn = dueOn(d.grantedOn(), d.termMonths());
        this.note = Text.orNull(d.note());
    }

    void repaid(LocalDate on) {
        this.status = PledgeStatus.REPAID;
        this.repaidOn = on;
    }

    /** The due date of a loan granted on a day for a number of months. */
    public static LocalDate dueOn(LocalDate grantedOn, int termMonths) {
        return grantedOn.plusMonths(termMonths);
    }

    /** The details as entered, for an edit form. */
    public PledgeDetails details() {
        return new PledgeDetails(markId, bank, amount, grantedOn, termMonths, note);
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

    public long getMarkId() {
        return markId;
    }

    public String getBank() {
        return bank;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public PledgeStatus getStatus() {
        return status;
    }

    public LocalDate getRepaidOn() {
        return repaidOn;
    }

    public String getNote() {
        return note;
    }

    public boolean isDemo() {
        return demo;
    }
}
