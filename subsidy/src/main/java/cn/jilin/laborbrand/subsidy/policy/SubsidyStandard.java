package cn.jilin.laborbrand.subsidy.policy;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 补贴标准: how much a policy pays from a date — an amount (per person, for a level or for every level) or a share (of
 * loan interest) — and the least course hours it asks. Never edited once a claim used it: a new standard is a new row.
 */
@Entity
@Table(name = "subsidy_standard")
public class SubsidyStandard extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "policy_id")
    private long policyId;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "skill_level")
    private Integer skillLevel;

    private BigDecimal amount;

    private BigDecimal share;

    @Column(name = "min_hours")
    private Integer minHours;

    private String note;

    protected SubsidyStandard() {
    }

    SubsidyStandard(long policyId, StandardDetails d) {
        this.policyId = policyId;
        this.effectiveFrom = d.effectiveFrom();
        this.skillLevel = d.skillLevel();
        this.amount = d.amount();
        this.share = d.share();
        this.minHours = d.minHours();
        this.note = Text.orNull(d.note());
    }

    /** Ends the standard the day before its successor starts. */
    void endBefore(LocalDate successorStart) {
        this.effectiveTo = successorStart.minusDays(1);
    }

    /** Whether it is in force on {@code date} for {@code level} (a standard without a level applies to every level). */
    public boolean appliesTo(LocalDate date, Integer level) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo))
                && (skillLevel == null || skillLevel.equals(level));
    }

    public Long getId() {
        return id;
    }

    public long getPolicyId() {
        return policyId;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public Integer getSkillLevel() {
        return skillLevel;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getShare() {
        return share;
    }

    public Integer getMinHours() {
        return minHours;
    }

    public String getNote() {
        return note;
    }
}
