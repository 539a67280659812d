package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;

/** Finds the evidence a claim under a policy rests on, within the caller's scope (404 outside it). */
public interface EvidenceSource {

    Evidence find(SubsidyPolicy policy, long evidenceId, DataScope scope);
}
