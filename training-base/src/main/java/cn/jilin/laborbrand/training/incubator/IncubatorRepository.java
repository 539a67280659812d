package cn.jilin.laborbrand.training.incubator;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface IncubatorRepository extends ScopedRepository<Incubator, Long> {

    // a name is unique within its region, whoever asks
    boolean existsByRegionCodeAndName(String regionCode, String name);

    boolean existsByRegionCodeAndNameAndIdNot(String regionCode, String name, Long id);
}
