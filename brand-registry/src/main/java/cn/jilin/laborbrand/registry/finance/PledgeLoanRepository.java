package cn.jilin.laborbrand.registry.finance;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface PledgeLoanRepository extends ScopedRepository<PledgeLoan, Long> {
}
