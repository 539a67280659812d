package cn.jilin.laborbrand.training.startup;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface StartupRepository extends ScopedRepository<Startup, Long> {

    // a name is unique within its region, whoever asks
    boolean existsByRegionCodeAndName(String regionCode, String name);

    boolean existsByRegionCodeAndNameAndIdNot(String regionCode, String name, Long id);

    /** Start-ups and the jobs they created, by region: the plan's figures. */
    @Unscoped("counts for the plan's figures; no record leaves")
    @Query("select new cn.jilin.laborbrand.training.startup.StartupCount(s.regionCode, count(s), coalesce(sum(s.jobsCreated), 0)) "
            + "from Startup s group by s.regionCode")
    List<StartupCount> countByRegion();
}
