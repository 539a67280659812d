package cn.jilin.laborbrand.registry.park;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface ParkFiguresRepository extends ScopedRepository<ParkFigures, Long> {
}
