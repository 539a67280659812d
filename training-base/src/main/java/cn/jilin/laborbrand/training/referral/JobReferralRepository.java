package cn.jilin.laborbrand.training.referral;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface JobReferralRepository extends ScopedRepository<JobReferral, Long> {
}
