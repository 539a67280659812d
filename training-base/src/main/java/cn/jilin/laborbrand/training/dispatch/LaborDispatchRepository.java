package cn.jilin.laborbrand.training.dispatch;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface LaborDispatchRepository extends ScopedRepository<LaborDispatch, Long> {

    // the demo's idempotence
    boolean existsByRegionCodeAndEmployerAndStartDate(String regionCode, String employer, java.time.LocalDate startDate);
}
