package cn.jilin.laborbrand.training.trainee;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface TraineeRepository extends ScopedRepository<Trainee, Long> {

    // the same person twice on one course: a yes/no answer (the database enforces it too)
    boolean existsByCourseIdAndResidentIdIndex(long courseId, String residentIdIndex);

    /** The persons already on a course the caller has loaded within their scope, as blind indexes. */
    @Unscoped("keyed hashes of a course the caller already sees, for the duplicate check of an import; no personal data")
    @Query("select t.residentIdIndex from Trainee t where t.courseId = :courseId")
    List<String> findIndexesByCourseId(long courseId);

    /** People trained (distinct persons) per region, for the plan's figures. */
    @Unscoped("counts for the plan's figures; no record leaves")
    @Query("select new cn.jilin.laborbrand.training.trainee.PersonsByRegion(t.regionCode, count(distinct t.residentIdIndex)) "
            + "from Trainee t group by t.regionCode")
    List<PersonsByRegion> countPersonsByRegion();
}
