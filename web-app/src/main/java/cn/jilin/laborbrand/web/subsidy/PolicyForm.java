package cn.jilin.laborbrand.web.subsidy;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.subsidy.policy.ApprovalLevel;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyDetails;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** The policy form as posted: the documents one per line; the code only when the policy is new. */
record PolicyForm(
        @Size(max = 40) String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull SubsidyKind kind,
        @NotNull PayeeKind payeeKind,
        @NotNull EvidenceKind evidence,
        @Size(max = 20) String certificateKind,
        @Size(max = 3000) String documents,
        @NotNull ApprovalLevel approvalLevel,
        @NotNull @Min(5) @Max(30) Integer noticeDays,
        @Min(1) @Max(60) Integer claimWindowMonths,
        @Min(1) @Max(12) Integer yearlyLimit,
        boolean sameOccupationLevelOnce,
        boolean noLowerAfterHigher,
        @Size(max = 500) String basis,
        boolean active,
        long version) {

    static PolicyForm empty() {
        return new PolicyForm("", "", null, PayeeKind.PERSON, EvidenceKind.CERTIFICATE, "", "", ApprovalLevel.CITY, 7, 12, null, false, false,
                "", true, 0);
    }

    static PolicyForm of(SubsidyPolicy p) {
        return new PolicyForm(p.getCode(), p.getName(), p.getKind(), p.getPayeeKind(), p.getEvidence(), p.getCertificateKind(),
                String.join("\n", p.documents()), p.getApprovalLevel(), p.getNoticeDays(), p.getClaimWindowMonths(), p.getYearlyLimit(),
                p.isSameOccupationLevelOnce(), p.isNoLowerAfterHigher(), p.getBasis(), p.isActive(), p.getVersion());
    }

    PolicyDetails details() {
        List<String> lines = documents == null ? List.of()
                : Arrays.stream(documents.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String certificate = Text.orNull(certificateKind);
        return new PolicyDetails(name, kind, payeeKind, evidence, certificate, lines, approvalLevel, noticeDays == null ? 0 : noticeDays,
                claimWindowMonths, yearlyLimit, sameOccupationLevelOnce, noLowerAfterHigher, basis, active);
    }
}
