package cn.jilin.laborbrand.platform.region;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface RegionAttributeRepository extends ScopedRepository<RegionAttribute, Long> {
}
