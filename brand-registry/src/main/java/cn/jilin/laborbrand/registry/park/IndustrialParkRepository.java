package cn.jilin.laborbrand.registry.park;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface IndustrialParkRepository extends ScopedRepository<IndustrialPark, Long> {
}
