package cn.jilin.laborbrand.subsidy.budget;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.Optional;

interface BudgetRepository extends ScopedRepository<Budget, Long> {

    @Unscoped("the budget line a claim the caller already holds within their scope draws on")
    Optional<Budget> findByYearAndRegionCodeAndPolicyId(int year, String regionCode, long policyId);

    boolean existsByYearAndRegionCodeAndPolicyId(int year, String regionCode, long policyId);
}
