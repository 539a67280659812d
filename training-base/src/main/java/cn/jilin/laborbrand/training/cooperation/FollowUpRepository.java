package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface FollowUpRepository extends ScopedRepository<FollowUp, Long> {
}
