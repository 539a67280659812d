package cn.jilin.laborbrand.subsidy.policy;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * 补贴政策: a kind of subsidy as the province runs it — who is paid, what a claim rests on, which documents it carries,
 * who approves it, how long its public notice lasts, and the limits the rule engine applies.
 */
@Entity
@Table(name = "subsidy_policy")
public class SubsidyPolicy extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private SubsidyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee_kind")
    private PayeeKind payeeKind;

    @Enumerated(EnumType.STRING)
    private EvidenceKind evidence;

    @Column(name = "certificate_kind")
    private String certificateKind;

    private String documents = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_level")
    private ApprovalLevel approvalLevel;

    @Column(name = "notice_days")
    private int noticeDays = 7;

    @Column(name = "claim_window_months")
    private Integer claimWindowMonths;

    @Column(name = "yearly_limit")
    private Integer yearlyLimit;

    @Column(name = "same_occupation_level_once")
    private boolean sameOccupationLevelOnce;

    @Column(name = "no_lower_after_higher")
    private boolean noLowerAfterHigher;

    private String basis;

    private boolean active = true;

    private boolean demo;

    protected SubsidyPolicy() {
    }

    SubsidyPolicy(String code) {
        this.code = code;
    }

    void write(PolicyDetails d) {
        this.name = d.name().strip();
        this.kind = d.kind();
        this.payeeKind = d.payeeKind();
        this.evidence = d.evidence();
        this.certificateKind = d.evidence() == EvidenceKind.CERTIFICATE ? d.certificateKind() : null;
        this.documents = d.documents() == null ? "" : String.join("\n", d.documents());
        this.approvalLevel = d.approvalLevel();
        this.noticeDays = d.noticeDays();
        this.claimWindowMonths = d.claimWindowMonths();
        this.yearlyLimit = d.yearlyLimit();
        this.sameOccupationLevelOnce = d.sameOccupationLevelOnce();
        this.noLowerAfterHigher = d.noLowerAfterHigher();
        this.basis = Text.orNull(d.basis());
        this.active = d.active();
    }

    public PolicyDetails details() {
        return new PolicyDetails(name, kind, payeeKind, evidence, certificateKind, documents(), approvalLevel, noticeDays,
                claimWindowMonths, yearlyLimit, sameOccupationLevelOnce, noLowerAfterHigher, basis, active);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SubsidyKind getKind() {
        return kind;
    }

    public PayeeKind getPayeeKind() {
        return payeeKind;
    }

    public EvidenceKind getEvidence() {
        return evidence;
    }

    public String getCertificateKind() {
        return certificateKind;
    }

    /** The documents a claim must carry, in order. */
    public List<String> documents() {
        return documents == null || documents.isBlank() ? List.of() : Arrays.stream(documents.split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public ApprovalLevel getApprovalLevel() {
        return approvalLevel;
    }

    public int getNoticeDays() {
        return noticeDays;
    }

    public Integer getClaimWindowMonths() {
        return claimWindowMonths;
    }

    public Integer getYearlyLimit() {
        return yearlyLimit;
    }

    public boolean isSameOccupationLevelOnce() {
        return sameOccupationLevelOnce;
    }

    public boolean isNoLowerAfterHigher() {
        return noLowerAfterHigher;
    }

    public String getBasis() {
        return basis;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDemo() {
        return demo;
    }
}
