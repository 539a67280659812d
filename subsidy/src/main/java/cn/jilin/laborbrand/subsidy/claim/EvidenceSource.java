package cn.jilin.laborbrand.subsidy.claim;

import java.util.List;

import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;

/** Finds the evidence a claim under a policy rests on, within the caller's scope (404 outside it). */
public interface EvidenceSource {

    Evidence find(SubsidyPolicy policy, long evidenceId, DataScope scope);

    /** A few pieces of evidence of the policy's kind within the scope whose name contains {@code text} (for a type-ahead). */
    List<EvidenceOption> options(SubsidyPolicy policy, String text, DataScope scope);

    /** One answer of the evidence type-ahead: its id, name and a hint (region, dates). */
    record EvidenceOption(long id, String label, String hint) {
    }
}
