package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface VacancyRepository extends ScopedRepository<Vacancy, Long> {

    /** Non-trainees sent per region, for the plan's figure. */
    @Unscoped("counts for the plan's figures; no record leaves")
    @Query("select new cn.jilin.laborbrand.training.cooperation.PlacedByRegion(v.regionCode, sum(v.otherHeadcount)) "
            + "from Vacancy v where v.otherHeadcount > 0 group by v.regionCode")
    List<PlacedByRegion> sumOtherHeadcountByRegion();
}
