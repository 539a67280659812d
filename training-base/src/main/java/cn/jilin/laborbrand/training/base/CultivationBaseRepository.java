package cn.jilin.laborbrand.training.base;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface CultivationBaseRepository extends ScopedRepository<CultivationBase, Long> {

    // a name is unique within its region, whoever asks
    boolean existsByRegionCodeAndName(String regionCode, String name);

    boolean existsByRegionCodeAndNameAndIdNot(String regionCode, String name, Long id);

    /** Designated bases per level and region, for the plan's targets. */
    @Unscoped("counts for the plan's targets, published province-wide; no record leaves")
    @Query("select new cn.jilin.laborbrand.training.base.DesignatedCount(b.level, b.regionCode, count(b)) from CultivationBase b "
            + "where b.level <> cn.jilin.laborbrand.training.base.BaseLevel.NONE and b.state <> cn.jilin.laborbrand.training.base.BaseState.REVOKED "
            + "group by b.level, b.regionCode")
    List<DesignatedCount> countDesignated();
}
