package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface PlacementRepository extends ScopedRepository<Placement, Long> {

    boolean existsByVacancyIdAndTraineeId(long vacancyId, long traineeId);

    /** Trainees placed (distinct persons) per region, for the plan's figure. */
    @Unscoped("counts for the plan's figures; no record leaves")
    @Query("select new cn.jilin.laborbrand.training.cooperation.PlacedByRegion(p.regionCode, count(distinct p.traineeId)) "
            + "from Placement p group by p.regionCode")
    List<PlacedByRegion> countPlacedByRegion();
}
