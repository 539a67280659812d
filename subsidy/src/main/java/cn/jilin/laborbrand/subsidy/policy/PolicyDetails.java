package cn.jilin.laborbrand.subsidy.policy;

import java.util.List;

/**
 * What the province decides about a policy. The limits are null (or false) when the policy has none:
 * {@code claimWindowMonths} — a claim within so many months of its evidence; {@code yearlyLimit} — at most so many grants
 * of this kind to a person in a calendar year; {@code sameOccupationLevelOnce} — the same occupation and level once;
 * {@code noLowerAfterHigher} — once a higher level was paid, not a lower one.
 */
public record PolicyDetails(String name, SubsidyKind kind, PayeeKind payeeKind, EvidenceKind evidence, String certificateKind,
                            List<String> documents, ApprovalLevel approvalLevel, int noticeDays, Integer claimWindowMonths,
                            Integer yearlyLimit, boolean sameOccupationLevelOnce, boolean noLowerAfterHigher, String basis,
                            boolean active) {
}
