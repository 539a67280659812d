package cn.jilin.laborbrand.training.referral;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface JobReferralRepository extends ScopedRepository<JobReferral, Long> {

    // the demo's idempotence
    boolean existsByRegionCodeAndEmployerAndVacancy(String regionCode, String employer, String vacancy);
}
