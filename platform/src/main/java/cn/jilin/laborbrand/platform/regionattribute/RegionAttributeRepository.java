package cn.jilin.laborbrand.platform.regionattribute;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface RegionAttributeRepository extends ScopedRepository<RegionAttribute, Long> {
}
