package cn.jilin.laborbrand.registry.finance;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface BrandInsuranceRepository extends ScopedRepository<BrandInsurance, Long> {
}
