package cn.jilin.laborbrand.training.studio;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface SkillStudioRepository extends ScopedRepository<SkillStudio, Long> {

    // a name is unique within its region, whoever asks
    boolean existsByRegionCodeAndName(String regionCode, String name);

    boolean existsByRegionCodeAndNameAndIdNot(String regionCode, String name, Long id);
}
