package cn.jilin.laborbrand.training.course;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface TrainingCourseRepository extends ScopedRepository<TrainingCourse, Long> {

    // the demo's idempotence: a course of this name at this institution exists
    boolean existsByInstitutionIdAndName(long institutionId, String name);
}
