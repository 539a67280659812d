package cn.jilin.laborbrand.promotion.coverage;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface CoverageRepository extends ScopedRepository<MediaCoverage, Long> {
}
