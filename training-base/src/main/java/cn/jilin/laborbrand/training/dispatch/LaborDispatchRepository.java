package cn.jilin.laborbrand.training.dispatch;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface LaborDispatchRepository extends ScopedRepository<LaborDispatch, Long> {
}
