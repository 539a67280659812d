package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person a claim pays for, with the grant it asks for them (occupation, level, evidence) and its share of the amount.
 * {@code live} while the claim is on its way to payment or paid: the database's partial unique indexes on live lines
 * refuse the same grant to the same person twice, whoever claims it.
 */
@Entity
@Table(name = "subsidy_claim_person")
public class ClaimPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id")
    private long claimId;

    @Enumerated(EnumType.STRING)
    private SubsidyKind kind;

    @Column(name = "claim_year")
    private int claimYear;

    private String name;

    @Column(name = "resident_id_cipher")
    private String residentIdCipher;

    @Column(name = "resident_id_index")
    private String residentIdIndex;

    @Column(name = "occupation_code")
    private String occupationCode;

    @Column(name = "skill_level")
    private Integer skillLevel;

    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(name = "evidence_date")
    private LocalDate evidenceDate;

    @Column(name = "standard_id")
    private Long standardId;

    private BigDecimal amount;

    private boolean live;

    protected ClaimPerson() {
    }

    ClaimPerson(long claimId, SubsidyKind kind, int claimYear, EvidencePerson person, Long standardId, BigDecimal amount) {
        this.claimId = claimId;
        this.kind = kind;
        this.claimYear = claimYear;
        this.name = person.name();
        this.residentIdCipher = person.residentIdCipher();
        this.residentIdIndex = person.residentIdIndex();
        this.occupationCode = person.occupationCode();
        this.skillLevel = person.skillLevel();
        this.evidenceId = person.evidenceId();
        this.evidenceDate = person.evidenceDate();
        this.standardId = standardId;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public SubsidyKind getKind() {
        return kind;
    }

    public int getClaimYear() {
        return claimYear;
    }

    public String getName() {
        return name;
    }

    String getResidentIdCipher() {
        return residentIdCipher;
    }

    String getResidentIdIndex() {
        return residentIdIndex;
    }

    public String getOccupationCode() {
        return occupationCode;
    }

    public Integer getSkillLevel() {
        return skillLevel;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public LocalDate getEvidenceDate() {
        return evidenceDate;
    }

    public Long getStandardId() {
        return standardId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public boolean isLive() {
        return live;
    }
}
