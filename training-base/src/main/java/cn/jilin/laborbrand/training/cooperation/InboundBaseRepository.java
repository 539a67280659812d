package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface InboundBaseRepository extends ScopedRepository<InboundBase, Long> {

    // a name is unique within its region, whoever asks
    boolean existsByRegionCodeAndName(String regionCode, String name);

    boolean existsByRegionCodeAndNameAndIdNot(String regionCode, String name, Long id);
}
