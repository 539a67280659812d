package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface OutboundOfficeRepository extends ScopedRepository<OutboundOffice, Long> {

    boolean existsByRegionCodeAndName(String regionCode, String name);

    boolean existsByRegionCodeAndNameAndIdNot(String regionCode, String name, Long id);
}
