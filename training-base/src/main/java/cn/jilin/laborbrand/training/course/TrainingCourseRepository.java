package cn.jilin.laborbrand.training.course;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingCourseRepository extends ScopedRepository<TrainingCourse, Long> {

    // trainees and certificates carry the course's owner and region: a course with any of them keeps its institution
    @Query(value = "select exists (select 1 from trainee where course_id = :courseId) or exists (select 1 from certificate where course_id = :courseId)",
            nativeQuery = true)
    boolean existsPeopleOnCourse(long courseId);
}
