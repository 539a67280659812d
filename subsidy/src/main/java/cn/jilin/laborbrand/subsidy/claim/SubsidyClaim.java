package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import cn.jilin.laborbrand.subsidy.policy.ApprovalLevel;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 补贴申请: one claim under one policy, for one person or for a list of people (an institution's claim), resting on
 * evidence already in the platform, with the standard its amount was computed from, the payee and their account
 * (encrypted), and where it stands.
 */
@Entity
@Table(name = "subsidy_claim")
@DataScoped(region = "regionCode", organisation = "organisationId")
public class SubsidyClaim extends AuditedEntity {

    public static final String SUBJECT_TYPE = "subsidy_claim";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @Column(name = "policy_id")
    private long policyId;

    @Enumerated(EnumType.STRING)
    private SubsidyKind kind;

    @Column(name = "standard_id")
    private Long standardId;

    @Column(name = "budget_id")
    private Long budgetId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_level")
    private ApprovalLevel approvalLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee_kind")
    private PayeeKind payeeKind;

    @Column(name = "payee_name")
    private String payeeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_kind")
    private AccountKind accountKind;

    @Column(name = "account_cipher")
    private String accountCipher;

    @Column(name = "bank_name")
    private String bankName;

    @Enumerated(EnumType.STRING)
    private EvidenceKind evidence;

    @Column(name = "evidence_id")
    private long evidenceId;

    @Column(name = "claim_year")
    private int claimYear;

    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private ClaimState state = ClaimState.DRAFT;

    @Column(name = "notice_from")
    private LocalDate noticeFrom;

    @Column(name = "notice_to")
    private LocalDate noticeTo;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "paid_at")
    private Instant paidAt;

    private BigDecimal recovered = BigDecimal.ZERO;

    private String findings;

    private boolean demo;

    protected SubsidyClaim() {
    }

    SubsidyClaim(String number, SubsidyPolicy policy, String regionCode, Long organisationId, long evidenceId, int claimYear) {
        this.number = number;
        this.policyId = policy.getId();
        this.kind = policy.getKind();
        this.approvalLevel = policy.getApprovalLevel();
        this.payeeKind = policy.getPayeeKind();
        this.evidence = policy.getEvidence();
        this.regionCode = regionCode;
        this.organisationId = organisationId;
        this.evidenceId = evidenceId;
        this.claimYear = claimYear;
    }

    void pay(String payeeName, AccountKind accountKind, String accountCipher, String bankName) {
        this.payeeName = payeeName;
        this.accountKind = accountKind;
        this.accountCipher = accountCipher;
        this.bankName = bankName;
    }

    void price(Long standardId, BigDecimal amount) {
        this.standardId = standardId;
        this.amount = amount;
    }

    void moveTo(ClaimState state) {
        this.state = state;
    }

    void approvedBy(Long accountId, long budgetId) {
        this.approvedBy = accountId;
        this.budgetId = budgetId;
    }

    void releaseBudget() {
        this.budgetId = null;
    }

    void onNotice(LocalDate from, LocalDate to) {
        this.noticeFrom = from;
        this.noticeTo = to;
    }

    void paidAt(Instant when) {
        this.paidAt = when;
    }

    void recover(BigDecimal amount) {
        this.recovered = this.recovered.add(amount);
    }

    void findings(String encoded) {
        this.findings = encoded;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getPolicyId() {
        return policyId;
    }

    public SubsidyKind getKind() {
        return kind;
    }

    public Long getStandardId() {
        return standardId;
    }

    public Long getBudgetId() {
        return budgetId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public ApprovalLevel getApprovalLevel() {
        return approvalLevel;
    }

    public PayeeKind getPayeeKind() {
        return payeeKind;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public AccountKind getAccountKind() {
        return accountKind;
    }

    String getAccountCipher() {
        return accountCipher;
    }

    public String getBankName() {
        return bankName;
    }

    public EvidenceKind getEvidence() {
        return evidence;
    }

    public long getEvidenceId() {
        return evidenceId;
    }

    public int getClaimYear() {
        return claimYear;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public ClaimState getState() {
        return state;
    }

    public LocalDate getNoticeFrom() {
        return noticeFrom;
    }

    public LocalDate getNoticeTo() {
        return noticeTo;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public BigDecimal getRecovered() {
        return recovered;
    }

    String getFindings() {
        return findings;
    }

    /** Whether the rule engine's last check found anything in the way (the list marks such claims). */
    public boolean hasFindings() {
        return findings != null && !findings.isBlank();
    }

    public boolean isDemo() {
        return demo;
    }
}
